/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_sendmsg(), socket_recvmsg() and socket_cmsg_space().
 *
 * The message array of PHP 8.2 is converted here, to a struct msghdr for
 * sending (msg_convert.c) and from what recvmsg() filled for receiving
 * (this file). Control messages are built and parsed by src/core/cmsg.c; this
 * file only turns their values into zvals and back.
 */
#include "binding.h"
#include "msg.h"
#include "core/cmsg.h"
#include "main/php_streams.h"
#include <sys/stat.h>
#include <arpa/inet.h>
#include <unistd.h>

/* What 8.2 receives into when the message array has no buffer_size. */
#define MSG_DEFAULT_BUFFER_SIZE 8192

/* The result array: 8.2's keys, order and types. */

static void read_sockaddr(msg_ctx *c, const struct sockaddr_storage *ss, socklen_t len, zval *zv)
{
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t textlen;
	uint16_t port = 0;

	/* A name the kernel did not fill (a connected stream, an unnamed unix
	 * sender) keeps the zeroed family. */
	if (ss->ss_family == 0) {
		ZVAL_NULL(zv);
		return;
	}
	if (ss->ss_family != AF_INET && ss->ss_family != AF_INET6 && ss->ss_family != AF_UNIX) {
		msg_fail(c, "cannot read struct sockaddr with family %d; not supported", (int)ss->ss_family);
		return;
	}
	/* The buffer is a whole sockaddr_storage, so the text conversion reads
	 * inside it even if the kernel reported a longer name. Unix names come
	 * out as everywhere in this module: a path up to its NUL, an abstract
	 * name whole, with its leading NUL (8.2 gives "" for those). */
	if (len > sizeof(*ss)) {
		len = sizeof(*ss);
	}
	psock_addr_to_text((const struct sockaddr *)ss, len, text, sizeof(text), &textlen, &port);
	array_init(zv);
	add_assoc_long(zv, "family", ss->ss_family);
	if (ss->ss_family == AF_UNIX) {
		add_assoc_stringl(zv, "path", text, textlen);
		return;
	}
	add_assoc_stringl(zv, "addr", text, textlen);
	add_assoc_long(zv, "port", port);
	if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;

		/* 8.2 hands flowinfo over as stored, in network order. */
		add_assoc_long(zv, "flowinfo", in6->sin6_flowinfo);
		add_assoc_long(zv, "scope_id", in6->sin6_scope_id);
	}
}

/* One received descriptor as 8.2 gives it: a Socket for a socket, a stream
 * for anything else. The zval owns the descriptor afterwards. */
static void read_fd(msg_ctx *c, int fd, zval *zv)
{
	struct stat st;

	if (fstat(fd, &st) == -1) {
		int err = errno;

		/* Taken out of the control buffer already: the sweep after the
		 * conversion no longer sees it, so it is closed here. */
		close(fd);
		msg_fail(c, "error creating resource for received file descriptor %d: "
				"fstat() call failed with errno %d", fd, err);
		return;
	}
	if (S_ISSOCK(st.st_mode)) {
		object_init_ex(zv, socket_ce);
		socket_import_file_descriptor(fd, Z_SOCKET_P(zv));
	} else {
		php_stream *stream = php_stream_fopen_from_fd(fd, "rw", NULL);

		if (stream == NULL) {
			close(fd);
			msg_fail(c, "error creating resource for received file descriptor %d", fd);
			return;
		}
		php_stream_to_zval(stream, zv);
	}
}

static void read_cmsg_data(msg_ctx *c, const psock_cmsg_view *view, zval *zv)
{
	psock_cmsg_value val;
	size_t need = 0, got = 0, i;
	char text[INET6_ADDRSTRLEN];
	int rc = psock_cmsg_decode(view, &val, &need, &got);

	if (rc == -ENOTSUP) {
		msg_fail(c, "cmsghdr with level %d and type %d not supported", view->level, view->type);
		return;
	}
	if (rc == -EMSGSIZE) {
		msg_fail(c, "the cmsghdr structure is unexpectedly small; expected a length of at least "
				ZEND_LONG_FMT ", but got " ZEND_LONG_FMT, (zend_long)need, (zend_long)got);
		return;
	}
	switch (val.type->kind) {
	case PSOCK_CMSG_INT:
		ZVAL_LONG(zv, val.u.integer);
		break;
	case PSOCK_CMSG_CRED:
		array_init_size(zv, 3);
		add_assoc_long(zv, "pid", val.u.cred.pid);
		add_assoc_long(zv, "uid", val.u.cred.uid);
		add_assoc_long(zv, "gid", val.u.cred.gid);
		break;
	case PSOCK_CMSG_IN6_PKTINFO:
		array_init_size(zv, 2);
		inet_ntop(AF_INET6, val.u.pktinfo.addr, text, sizeof(text));
		add_assoc_string(zv, "addr", text);
		add_assoc_long(zv, "ifindex", val.u.pktinfo.ifindex);
		break;
	case PSOCK_CMSG_FDS:
		array_init_size(zv, (uint32_t)val.nfds);
		for (i = 0; i < val.nfds && !c->failed; i++) {
			zval elem;

			ZVAL_UNDEF(&elem);
			/* Taken out of the buffer: from here the zval (or the close
			 * in read_fd) is responsible for it, not the final sweep. */
			read_fd(c, psock_cmsg_take_fd(&val, i), &elem);
			if (!Z_ISUNDEF(elem)) {
				add_next_index_zval(zv, &elem);
			}
		}
		break;
	}
}

static void read_control(msg_ctx *c, struct msghdr *msg, zval *zv)
{
	psock_cmsg_iter it;
	psock_cmsg_view view;
	uint32_t n = 1;

	array_init(zv);
	psock_cmsg_iter_init(&it, msg->msg_control, msg->msg_controllen);
	while (!c->failed && psock_cmsg_iter_next(&it, &view)) {
		zval elem, *data;

		array_init_size(&elem, 3);
		add_assoc_long(&elem, "level", view.level);
		add_assoc_long(&elem, "type", view.type);
		data = zend_hash_str_add_new(Z_ARRVAL(elem), "data", sizeof("data") - 1, &EG(uninitialized_zval));
		add_next_index_zval(zv, &elem);
		msg_ctx_push_element(c, n++);
		msg_ctx_push(c, "data");
		read_cmsg_data(c, &view, data);
		msg_ctx_pop(c);
		msg_ctx_pop(c);
	}
}

static void read_msghdr(msg_ctx *c, struct msghdr *msg, size_t received, zval *zv)
{
	zval *slot;

	array_init_size(zv, 4);
	slot = zend_hash_str_add_new(Z_ARRVAL_P(zv), "name", sizeof("name") - 1, &EG(uninitialized_zval));
	if (msg->msg_name) {
		msg_ctx_push(c, "name");
		read_sockaddr(c, msg->msg_name, msg->msg_namelen, slot);
		msg_ctx_pop(c);
	}
	if (c->failed) {
		return;
	}
	slot = zend_hash_str_add_new(Z_ARRVAL_P(zv), "control", sizeof("control") - 1, &EG(uninitialized_zval));
	msg_ctx_push(c, "control");
	read_control(c, msg, slot);
	msg_ctx_pop(c);
	if (c->failed) {
		return;
	}
	slot = zend_hash_str_add_new(Z_ARRVAL_P(zv), "iov", sizeof("iov") - 1, &EG(uninitialized_zval));
	array_init_size(slot, (uint32_t)msg->msg_iovlen);
	if (received > 0 && msg->msg_iovlen > 0) {
		/* With MSG_TRUNC the kernel reports the datagram's full length;
		 * only what fits the buffer was written. */
		size_t len = MIN(msg->msg_iov[0].iov_len, received);

		add_next_index_stringl(slot, msg->msg_iov[0].iov_base, len);
	}
	add_assoc_long(zv, "flags", msg->msg_flags);
}

PHP_FUNCTION(socket_sendmsg)
{
	zval *zsock, *zmsg;
	zend_long flags = 0;
	php_socket *sock;
	msg_out out;
	ssize_t sent;
	int err;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_ARRAY(zmsg)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (!msg_check_int_arg(flags, 3)) {
		RETURN_THROWS();
	}
	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);

	if (!msg_from_zval_send(sock, Z_ARRVAL_P(zmsg), &out)) {
		msg_out_free(&out);
		RETURN_FALSE;
	}
	sent = sendmsg(sock->bsd_socket, &out.msg, (int)flags);
	err = errno;
	msg_out_free(&out);
	if (sent < 0) {
		psock_php_error(sock, "Error in sendmsg", err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)sent);
}

PHP_FUNCTION(socket_recvmsg)
{
	zval *zsock, *zmsg, *ref, result;
	zend_long flags = 0;
	php_socket *sock;
	msg_out in;
	msg_ctx c;
	ssize_t got;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_ARRAY_EX2(zmsg, 0, 1, 0)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	if (!msg_check_int_arg(flags, 3)) {
		RETURN_THROWS();
	}
	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	/* The by-reference argument itself, to assign the result through. */
	ref = ZEND_CALL_ARG(execute_data, 2);

	if (!msg_from_zval_recv(sock, Z_ARRVAL_P(zmsg), MSG_DEFAULT_BUFFER_SIZE, &in)) {
		msg_out_free(&in);
		RETURN_FALSE;
	}
	got = recvmsg(sock->bsd_socket, &in.msg, (int)flags);
	if (got < 0) {
		/* Only the global error, as 8.2 records it: the socket's own stays
		 * as it was, for extensions that refuse a socket whose error is
		 * set. No warning for "try again", as every other receive. */
		psock_php_error(NULL, "Error in recvmsg", errno);
		msg_out_free(&in);
		RETURN_FALSE;
	}

	msg_ctx_init(&c, "native", sock);
	read_msghdr(&c, &in.msg, (size_t)got, &result);
	/* Descriptors not handed to PHP (a conversion stopped early, or the
	 * kernel cut the control data short) are closed here, never leaked. */
	psock_cmsg_close_fds(in.msg.msg_control, in.msg.msg_controllen, NULL, NULL);
	msg_out_free(&in);
	if (c.failed) {
		zval_ptr_dtor(&result);
		ZEND_TRY_ASSIGN_REF_FALSE(ref);
	} else {
		ZEND_TRY_ASSIGN_REF_TMP(ref, &result);
	}
	RETURN_LONG((zend_long)got);
}

PHP_FUNCTION(socket_cmsg_space)
{
	zend_long level, type, n = 0;
	const psock_cmsg_type *t;
	size_t space;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(type)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(n)
	ZEND_PARSE_PARAMETERS_END();

	if (!msg_check_int_arg(level, 1) || !msg_check_int_arg(type, 2) || !msg_check_int_arg(n, 3)) {
		RETURN_THROWS();
	}
	if (n < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	t = psock_cmsg_find((int)level, (int)type);
	if (t == NULL) {
		zend_value_error("Pair level " ZEND_LONG_FMT " and/or type " ZEND_LONG_FMT " is not supported",
				level, type);
		RETURN_THROWS();
	}
	if (psock_cmsg_space(t, (size_t)n, ZEND_LONG_MAX, &space) < 0) {
		zend_argument_value_error(3, "is too large");
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long)space);
}
