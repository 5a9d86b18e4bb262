/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading and writing: socket_read, socket_write, socket_recv, socket_send,
 * socket_recvfrom, socket_sendto.
 */
#include "binding.h"
#include "core/linebuf.h"
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* Up to this length a read allocates what the caller asked for, as 8.2
 * does. Beyond it (socket_read($s, PHP_INT_MAX)) the buffer is sized from
 * what the socket has, so a huge length never means a huge allocation. */
#define PSOCK_READ_DIRECT_MAX (1 << 20)

/* Leaves at most this much unused at the end of a returned string. */
#define PSOCK_READ_SLACK 1024

static int socket_type_of(int fd)
{
	int type = SOCK_STREAM;
	socklen_t len = sizeof(type);

	getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len);
	return type;
}

/* The lengths every receive refuses before any syscall, with false and no
 * warning or error code: 0 and below (8.2), and PHP_INT_MAX, which 8.2's
 * socket_recvfrom() refuses and PHP 8.3.19/8.4.5 (GH-17921) socket_read()
 * and socket_recv() too (8.2 dies on the allocation there). Every other
 * length is accepted; beyond 1 MiB the buffer is sized from what the socket
 * has (recv_string()). */
static inline bool read_length_valid(zend_long length)
{
	return length > 0 && length < ZEND_LONG_MAX;
}

/* Receives into a new string of the right size. Returns the kernel's count
 * (with MSG_TRUNC, a datagram's real length, which may exceed the string's)
 * or -errno; *out holds only the bytes received. */
static ssize_t recv_string(int fd, zend_long length, int flags, struct sockaddr *from,
		socklen_t *fromlen, zend_string **out)
{
	size_t cap = (size_t)length, have;
	int more = 0;
	ssize_t got;
	zend_string *str;

	if (length > PSOCK_READ_DIRECT_MAX) {
		if (socket_type_of(fd) != SOCK_STREAM) {
			/* One message is all one call returns: size the buffer by it. */
			ssize_t size = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC | (flags & MSG_DONTWAIT));
			if (size < 0) {
				return -errno;
			}
			cap = size > 0 && size < length ? (size_t)size : (size == 0 ? 1 : (size_t)length);
		} else {
			int avail = 0;

			cap = PSOCK_READ_DIRECT_MAX;
			if (ioctl(fd, FIONREAD, &avail) == 0 && (size_t)avail > cap) {
				cap = (zend_long)avail < length ? (size_t)avail : (size_t)length;
			}
			/* A peek sees the same bytes again: one call only. */
			more = !(flags & MSG_PEEK);
		}
	}
	str = zend_string_alloc(cap, 0);
	got = recvfrom(fd, ZSTR_VAL(str), cap, flags, from, fromlen);
	if (got < 0) {
		int err = errno;
		zend_string_efree(str);
		return -err;
	}
	have = (size_t)got < cap ? (size_t)got : cap;
	/* A stream that filled the buffer may have more: take what is there
	 * without waiting, up to the length asked for. */
	while (more && have == cap && cap < (size_t)length) {
		size_t grown = cap > (size_t)length / 2 ? (size_t)length : cap * 2;
		ssize_t extra;

		str = zend_string_realloc(str, grown, 0);
		cap = grown;
		extra = recv(fd, ZSTR_VAL(str) + have, cap - have, (flags & ~MSG_WAITALL) | MSG_DONTWAIT);
		if (extra <= 0) {
			break;
		}
		have += (size_t)extra;
		got = (ssize_t)have;
	}
	if (cap - have > PSOCK_READ_SLACK) {
		str = zend_string_truncate(str, have, 0);
	}
	ZSTR_LEN(str) = have;
	ZSTR_VAL(str)[have] = '\0';
	*out = str;
	return got;
}

/* PHP_NORMAL_READ: up to length bytes, ending after the first '\n' or
 * '\r', each step finding its line end in what the kernel holds at that
 * moment (src/core/linebuf.h). When a non-blocking socket (or a receive
 * timeout) has nothing more, or the stream ends, the bytes of an incomplete
 * line are returned; with nothing read, -EAGAIN when nothing is there yet,
 * and at end of stream 8.2's answers, which programs written for it wait
 * for: "" on a non-blocking socket, -ECONNRESET on a blocking one. */
static ssize_t read_line(php_socket *sock, zend_long length, zend_string **out)
{
	int fd = sock->bsd_socket;
	size_t cap = length < 8192 ? (size_t)length : 8192, have = 0;
	zend_string *str = zend_string_alloc(cap, 0);
	ssize_t got;
	int eol = 0;

	while (have < (size_t)length) {
		if (have == cap) {
			cap = cap > (size_t)length / 2 ? (size_t)length : cap * 2;
			str = zend_string_realloc(str, cap, 0);
		}
		got = psock_line_step(fd, ZSTR_VAL(str) + have, cap - have, &eol);
		if (got < 0) {
			if (have > 0) {
				break;
			}
			zend_string_efree(str);
			return got;
		}
		if (got == 0) {
			break;
		}
		have += (size_t)got;
		if (eol) {
			break;
		}
	}
	if (have == 0 && !(fcntl(fd, F_GETFL) & O_NONBLOCK)) {
		/* End of stream on a blocking socket: 8.2 gives up after 200
		 * empty receives with ECONNRESET, and the manual's server loop
		 * (like every loop that reads until false) stops on it. */
		zend_string_efree(str);
		return -ECONNRESET;
	}
	if (cap - have > PSOCK_READ_SLACK) {
		str = zend_string_truncate(str, have, 0);
	}
	ZSTR_LEN(str) = have;
	ZSTR_VAL(str)[have] = '\0';
	*out = str;
	return (ssize_t)have;
}

PHP_FUNCTION(socket_read)
{
	zval *zsock;
	zend_long length, mode = PHP_BINARY_READ;
	php_socket *sock;
	zend_string *str = NULL;
	ssize_t got;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (!read_length_valid(length)) {
		RETURN_FALSE;
	}
	if (mode == PHP_NORMAL_READ) {
		got = read_line(sock, length, &str);
	} else {
		got = recv_string(sock->bsd_socket, length, 0, NULL, NULL, &str);
	}
	if (got < 0) {
		psock_php_error(sock, "unable to read from socket", (int)-got);
		RETURN_FALSE;
	}
	if (got == 0 && ZSTR_LEN(str) == 0) {
		zend_string_efree(str);
		RETURN_EMPTY_STRING();
	}
	RETURN_NEW_STR(str);
}

PHP_FUNCTION(socket_write)
{
	zval *zsock;
	zend_string *data;
	zend_long length = 0;
	bool length_is_null = 1;
	php_socket *sock;
	ssize_t sent;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(length, length_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (length_is_null || (size_t)length > ZSTR_LEN(data)) {
		length = (zend_long)ZSTR_LEN(data);
	}
	sent = write(sock->bsd_socket, ZSTR_VAL(data), (size_t)length);
	if (sent < 0) {
		psock_php_error(sock, "unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(sent);
}

PHP_FUNCTION(socket_recv)
{
	zval *zsock, *data;
	zend_long length, flags;
	php_socket *sock;
	zend_string *str = NULL;
	ssize_t got;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_ZVAL(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (!read_length_valid(length)) {
		RETURN_FALSE;
	}
	got = recv_string(sock->bsd_socket, length, (int)flags, NULL, NULL, &str);
	if (got < 1) {
		if (str) {
			zend_string_efree(str);
		}
		ZEND_TRY_ASSIGN_REF_NULL(data);
	} else {
		ZEND_TRY_ASSIGN_REF_NEW_STR(data, str);
	}
	if (got < 0) {
		psock_php_error(sock, "Unable to read from socket", (int)-got);
		RETURN_FALSE;
	}
	RETURN_LONG(got);
}

PHP_FUNCTION(socket_send)
{
	zval *zsock;
	zend_string *data;
	zend_long length, flags;
	php_socket *sock;
	ssize_t sent;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	sent = send(sock->bsd_socket, ZSTR_VAL(data),
			(size_t)length < ZSTR_LEN(data) ? (size_t)length : ZSTR_LEN(data), (int)flags);
	if (sent < 0) {
		psock_php_error(sock, "Unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(sent);
}

PHP_FUNCTION(socket_recvfrom)
{
	zval *zsock, *data, *addr, *port = NULL;
	zend_long length, flags;
	php_socket *sock;
	zend_string *str = NULL;
	psock_addr from;
	ssize_t got;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_ZVAL(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_ZVAL(addr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (!read_length_valid(length)) {
		RETURN_FALSE;
	}
	switch (sock->type) {
	case AF_UNIX:
	case AF_PACKET:
		/* An AF_PACKET sender's number is its interface index, which
		 * the caller may not want (PHP 8.4 makes it optional too). */
		break;
	case AF_INET:
	case AF_INET6:
		if (port == NULL) {
			zend_wrong_param_count();
			RETURN_THROWS();
		}
		break;
	default:
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}
	memset(&from, 0, sizeof(from));
	from.u.sa.sa_family = (sa_family_t)sock->type;
	from.len = sizeof(from.u);
	got = recv_string(sock->bsd_socket, length, (int)flags, &from.u.sa, &from.len, &str);
	if (got < 0) {
		/* 8.2's capitals differ by family; 8.4's AF_PACKET has lowercase. */
		psock_php_error(sock, sock->type == AF_INET6 || sock->type == AF_PACKET
				? "unable to recvfrom" : "Unable to recvfrom", (int)-got);
		RETURN_FALSE;
	}
	ZEND_TRY_ASSIGN_REF_NEW_STR(data, str);
	if (from.len == 0 || from.u.sa.sa_family != sock->type) {
		/* Nothing named the sender (a connected stream): report the
		 * family's unspecified address as 8.2 does. */
		psock_addr_unspecified(sock->type, &from);
	}
	psock_php_assign_addr(&from.u.sa, from.len, addr, sock->type == AF_UNIX ? NULL : port);
	RETURN_LONG(got);
}

PHP_FUNCTION(socket_sendto)
{
	zval *zsock;
	zend_string *data, *addr;
	zend_long length, flags, port = 0;
	bool port_is_null = 1;
	php_socket *sock;
	psock_addr to;
	ssize_t sent;

	ZEND_PARSE_PARAMETERS_START(5, 6)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(length)
		Z_PARAM_LONG(flags)
		Z_PARAM_STR(addr)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (length < 0) {
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	switch (sock->type) {
	case AF_UNIX:
		break;
	case AF_PACKET:
		/* The interface is named by the address, or, when that is "",
		 * by its index in the port (which PHP 8.4 requires). */
		if (!port_is_null && !psock_php_check_port(port, 6)) {
			RETURN_THROWS();
		}
		break;
	case AF_INET:
	case AF_INET6:
		if (!psock_php_check_ip_port(sock, port, port_is_null, 6)) {
			RETURN_THROWS();
		}
		break;
	default:
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}
	if (!psock_php_addr_from_zend(sock, addr, (uint16_t)port, 5, &to)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	sent = sendto(sock->bsd_socket, ZSTR_VAL(data),
			(size_t)length < ZSTR_LEN(data) ? (size_t)length : ZSTR_LEN(data), (int)flags,
			&to.u.sa, to.len);
	if (sent < 0) {
		psock_php_error(sock, "Unable to write to socket", errno);
		RETURN_FALSE;
	}
	RETURN_LONG(sent);
}
