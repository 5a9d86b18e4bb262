/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The message arrays of socket_sendmsg() and socket_recvmsg() to a struct
 * msghdr, with PHP 8.2's rules and its warnings word for word
 * ("error converting user data (path: msghdr > name > port): ...").
 *
 * Where this differs from 8.2 on purpose (docs/compat.md, "sendmsg and
 * recvmsg"): references inside the array are followed like any other value;
 * a control element without "level" or "type" is an error naming the key;
 * a Socket in SCM_RIGHTS data sends that socket.
 *
 * THE RULE: convert a snapshot, never the caller's array. Converting a
 * value may call user code (an object's __toString(), a user stream
 * wrapper's stream_cast(), an error handler called by a warning, a
 * destructor), and that code can change, free or grow any array it can
 * reach, through a reference or a global. So before anything is converted,
 * msg_snapshot() copies the message into new arrays that no PHP code can
 * reach (convert.h: references followed, every array the conversion walks
 * is our own, strings, objects and resources counted). Every HashTable and
 * zval pointer held below points into that snapshot, which stays unchanged
 * until msg_out_free(), after the system call; the values it holds stay
 * alive until then too (so a descriptor taken from a stream is not closed
 * by the last reference going away before sendmsg() sends it). Code added
 * here reads only the snapshot (out->snapshot) and never looks a value up
 * again in the caller's array. socket_set_option() does the same with its
 * array values (options.c).
 */
#include "msg.h"
#include "compat.h"
#include "convert.h"
#include "core/cmsg.h"
#include "main/php_streams.h"
#include "ext/standard/file.h"
#include "zend_smart_str.h"
#include <net/if.h>
#include <stddef.h>

/* The most control data one recvmsg() can bring is far below this (253
 * descriptors, the kernel's limit for SCM_RIGHTS, take 1,032 bytes): a
 * larger controllen is honoured as this much, so that a huge one is not a
 * huge allocation (8.2 allocates all 4 GiB of it and the process dies). */
#define MSG_MAX_CONTROL ((uint32_t)(64 * 1024))

/* The largest buffer_size 8.2 accepts. */
#define MSG_MAX_BUFFER_SIZE ((zend_long)(100 * 1024 * 1024))

/* How deep the snapshot copies arrays: msghdr > control > element > data >
 * (the descriptors of SCM_RIGHTS) is the deepest walk; what lies below is
 * only read as a scalar, never walked. */
#define MSG_SNAPSHOT_DEPTH 4

/* The context: the path of keys for warnings. */

void msg_ctx_init_root(msg_ctx *c, const char *direction, const char *root, php_socket *sock)
{
	memset(c, 0, sizeof(*c));
	c->direction = direction;
	c->sock = sock;
	msg_ctx_push(c, root);
}

void msg_ctx_init(msg_ctx *c, const char *direction, php_socket *sock)
{
	msg_ctx_init_root(c, direction, "msghdr", sock);
}

void msg_ctx_push(msg_ctx *c, const char *key)
{
	if (c->depth < MSG_PATH_MAX) {
		c->path[c->depth] = key;
	}
	c->depth++;
}

void msg_ctx_push_element(msg_ctx *c, uint32_t n)
{
	if (c->depth < MSG_PATH_MAX) {
		snprintf(c->elements[c->depth], sizeof(c->elements[0]), "element #%u", n);
		c->path[c->depth] = c->elements[c->depth];
	}
	c->depth++;
}

void msg_ctx_pop(msg_ctx *c)
{
	c->depth--;
}

void msg_fail(msg_ctx *c, const char *fmt, ...)
{
	smart_str path = {0};
	char *text;
	va_list ap;
	int i;

	if (c->failed) {
		return;
	}
	c->failed = true;
	for (i = 0; i < c->depth && i < MSG_PATH_MAX; i++) {
		if (i > 0) {
			smart_str_appends(&path, " > ");
		}
		smart_str_appends(&path, c->path[i]);
	}
	smart_str_0(&path);
	va_start(ap, fmt);
	zend_vspprintf(&text, 0, fmt, ap);
	va_end(ap);
	php_error_docref(NULL, E_WARNING, "error converting %s data (path: %s): %s", c->direction,
			path.s ? ZSTR_VAL(path.s) : "unavailable", text);
	efree(text);
	smart_str_free(&path);
}

void msg_out_free(msg_out *out)
{
	zval snapshot;
	size_t i;

	if (out->name) {
		efree(out->name);
	}
	for (i = 0; i < out->iov_string_count; i++) {
		zend_string_release(out->iov_strings[i]);
	}
	if (out->iov_strings) {
		efree(out->iov_strings);
	}
	if (out->msg.msg_iov) {
		/* recvmsg's one buffer is ours; sendmsg's point into the strings. */
		if (out->iov_strings == NULL && out->msg.msg_iovlen == 1) {
			efree(out->msg.msg_iov[0].iov_base);
		}
		efree(out->msg.msg_iov);
	}
	if (out->msg.msg_control) {
		efree(out->msg.msg_control);
	}
	/* Last, and after out is cleared: releasing the snapshot may run a
	 * destructor, which must find nothing of ours half-freed. */
	ZVAL_COPY_VALUE(&snapshot, &out->snapshot);
	memset(out, 0, sizeof(*out));
	ZVAL_UNDEF(&out->snapshot);
	zval_ptr_dtor(&snapshot);
}

/* Takes the snapshot the conversion reads (THE RULE, above). */
static HashTable *msg_snapshot(HashTable *message, msg_out *out)
{
	memset(out, 0, sizeof(*out));
	psock_php_snapshot_table(&out->snapshot, message, MSG_SNAPSHOT_DEPTH);
	return Z_ARRVAL(out->snapshot);
}

/* Values. Each converts one zval, naming nothing itself: the caller has
 * pushed the key. */

/* 8.2's integer rules: integers, floats, and numeric strings (also from an
 * object's __toString()); anything else is an error. */
static bool conv_long(msg_ctx *c, zval *zv, zend_long *out)
{
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_LONG:
		*out = Z_LVAL_P(zv);
		return true;
	case IS_DOUBLE:
		*out = zend_dval_to_lval(Z_DVAL_P(zv));
		return true;
	case IS_STRING:
	case IS_OBJECT: {
		zend_string *tmp, *str = zval_try_get_tmp_string(zv, &tmp);
		zend_long lval;
		double dval;
		bool ok = true;

		if (str == NULL) {
			c->failed = true; /* the exception says it */
			return false;
		}
		switch (is_numeric_string(ZSTR_VAL(str), ZSTR_LEN(str), &lval, &dval, false)) {
		case IS_LONG:
			*out = lval;
			break;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(dval);
			break;
		default:
			msg_fail(c, "expected an integer, but got a non numeric string (possibly from a "
					"converted object): '%s'", ZSTR_VAL(str));
			ok = false;
			break;
		}
		zend_tmp_string_release(tmp);
		return ok;
	}
	default:
		msg_fail(c, "expected an integer, either of a PHP integer type or of a convertible type");
		return false;
	}
}

static bool conv_int(msg_ctx *c, zval *zv, int *out)
{
	zend_long v;

	if (!conv_long(c, zv, &v)) {
		return false;
	}
	if (v < INT_MIN || v > INT_MAX) {
		msg_fail(c, "given PHP integer is out of bounds for a native int");
		return false;
	}
	*out = (int)v;
	return true;
}

static bool conv_uint32(msg_ctx *c, zval *zv, uint32_t *out)
{
	zend_long v;

	if (!conv_long(c, zv, &v)) {
		return false;
	}
	if (v < 0 || (zend_ulong)v > UINT32_MAX) {
		msg_fail(c, "given PHP integer is out of bounds for an unsigned 32-bit integer");
		return false;
	}
	*out = (uint32_t)v;
	return true;
}

static bool conv_uint16(msg_ctx *c, zval *zv, uint16_t *out)
{
	zend_long v;

	if (!conv_long(c, zv, &v)) {
		return false;
	}
	if (v < 0 || v > 0xFFFF) {
		msg_fail(c, "given PHP integer is out of bounds for an unsigned 16-bit integer");
		return false;
	}
	*out = (uint16_t)v;
	return true;
}

static bool conv_pid(msg_ctx *c, zval *zv, int32_t *out)
{
	zend_long v;

	if (!conv_long(c, zv, &v)) {
		return false;
	}
	if (v < 0 || (zend_long)(pid_t)v != v) {
		msg_fail(c, "given PHP integer is out of bounds for a pid_t value");
		return false;
	}
	*out = (int32_t)v;
	return true;
}

/* uid_t and gid_t alike (8.2 words both as uid_t). */
static bool conv_uid(msg_ctx *c, zval *zv, uint32_t *out)
{
	zend_long v;

	if (!conv_long(c, zv, &v)) {
		return false;
	}
	if (v < 0 || (zend_long)(uid_t)v != v) {
		msg_fail(c, "given PHP integer is out of bounds for a uid_t value");
		return false;
	}
	*out = (uint32_t)v;
	return true;
}

/* A key of an array, followed through a reference; pushes the key for the
 * converter when present. */
static zval *enter_key(msg_ctx *c, HashTable *ht, const char *key)
{
	zval *zv = zend_hash_str_find_deref(ht, key, strlen(key));

	if (zv) {
		msg_ctx_push(c, key);
	}
	return zv;
}

/* An IPv4 or IPv6 address from text, as 8.2 resolves it: numeric, or a
 * host name (whose failed lookup warns "Host lookup failed" first). */
static bool conv_ip(msg_ctx *c, zval *zv, int family, void *addr)
{
	zend_string *tmp, *str = zval_try_get_tmp_string(zv, &tmp);
	psock_addr a;
	int rc;

	if (str == NULL) {
		c->failed = true;
		return false;
	}
	rc = psock_addr_from_text(family, ZSTR_VAL(str), strlen(ZSTR_VAL(str)), 0, &a);
	if (rc < 0) {
		if (PSOCK_IS_HOST_ERROR(rc)) {
			psock_php_error(c->sock, "Host lookup failed", rc);
		}
		msg_fail(c, "could not resolve address '%s' to get an %s address", ZSTR_VAL(str),
				family == AF_INET ? "AF_INET" : "AF_INET6");
	} else if (family == AF_INET) {
		memcpy(addr, &a.u.in.sin_addr, sizeof(a.u.in.sin_addr));
	} else {
		/* Only the address: a "%scope" suffix does not set scope_id here. */
		memcpy(addr, &a.u.in6.sin6_addr, sizeof(a.u.in6.sin6_addr));
	}
	zend_tmp_string_release(tmp);
	return rc == 0;
}

/* name */

static bool conv_sockaddr_in(msg_ctx *c, HashTable *ht, struct sockaddr_in *in)
{
	zval *zv;
	bool ok = true;

	in->sin_family = AF_INET;
	if ((zv = enter_key(c, ht, "addr"))) {
		ok = conv_ip(c, zv, AF_INET, &in->sin_addr);
		msg_ctx_pop(c);
	}
	if (ok && (zv = enter_key(c, ht, "port"))) {
		/* conv_uint16() leaves it unset when it fails; gcc 14 cannot see
		 * that the value is unused then. */
		uint16_t port = 0;

		ok = conv_uint16(c, zv, &port);
		in->sin_port = htons(port);
		msg_ctx_pop(c);
	}
	return ok;
}

static bool conv_sockaddr_in6(msg_ctx *c, HashTable *ht, struct sockaddr_in6 *in6)
{
	zval *zv;
	bool ok = true;

	in6->sin6_family = AF_INET6;
	if ((zv = enter_key(c, ht, "addr"))) {
		ok = conv_ip(c, zv, AF_INET6, &in6->sin6_addr);
		msg_ctx_pop(c);
	}
	if (ok && (zv = enter_key(c, ht, "port"))) {
		uint16_t port = 0;

		ok = conv_uint16(c, zv, &port);
		in6->sin6_port = htons(port);
		msg_ctx_pop(c);
	}
	/* flowinfo and scope_id go in as given, as in 8.2 (which reads
	 * flowinfo back the same way). */
	if (ok && (zv = enter_key(c, ht, "flowinfo"))) {
		ok = conv_uint32(c, zv, &in6->sin6_flowinfo);
		msg_ctx_pop(c);
	}
	if (ok && (zv = enter_key(c, ht, "scope_id"))) {
		ok = conv_uint32(c, zv, &in6->sin6_scope_id);
		msg_ctx_pop(c);
	}
	return ok;
}

static bool conv_sockaddr_un(msg_ctx *c, HashTable *ht, struct sockaddr_un *un, socklen_t *len)
{
	zval *zv;
	bool ok = true;

	un->sun_family = AF_UNIX;
	if ((zv = enter_key(c, ht, "path"))) {
		zend_string *tmp, *str = zval_try_get_tmp_string(zv, &tmp);

		if (str == NULL) {
			c->failed = true;
			ok = false;
		} else if (ZSTR_LEN(str) == 0) {
			msg_fail(c, "%s", psock_compat.empty_path_error);
			ok = false;
		} else if (ZSTR_LEN(str) >= sizeof(un->sun_path)) {
			msg_fail(c, "the path is too long, the maximum permitted length is %zd",
					sizeof(un->sun_path) - 1);
			ok = false;
		} else {
			memcpy(un->sun_path, ZSTR_VAL(str), ZSTR_LEN(str));
			un->sun_path[ZSTR_LEN(str)] = '\0';
		}
		if (str) {
			zend_tmp_string_release(tmp);
		}
		msg_ctx_pop(c);
	}
	/* The length 8.2 gives: a path up to its first NUL, an abstract name
	 * ("\0name") up to the NUL after the name. */
	if (un->sun_path[0] == '\0') {
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(un->sun_path + 1));
	} else {
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(un->sun_path));
	}
	return ok;
}

/* The "name" element. For recvmsg (fill false) only its family is checked,
 * and the buffer is whole sockaddr_storage whatever the family, so that
 * the kernel never truncates the address it writes. */
static bool conv_name(msg_ctx *c, zval *zname, bool fill, msg_out *out)
{
	HashTable *ht;
	zval *zfamily;
	int family;
	socklen_t len = 0;
	bool ok = true;

	ZVAL_DEREF(zname);
	if (Z_TYPE_P(zname) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	ht = Z_ARRVAL_P(zname);
	if ((zfamily = enter_key(c, ht, "family"))) {
		ok = conv_int(c, zfamily, &family);
		msg_ctx_pop(c);
		if (!ok) {
			return false;
		}
	} else {
		family = c->sock->type;
	}
	switch (family) {
	case AF_INET:
		if (c->sock->type != AF_INET && c->sock->type != AF_INET6) {
			msg_fail(c, "the specified family (number %d) is not supported on this socket", family);
			return false;
		}
		len = sizeof(struct sockaddr_in);
		break;
	case AF_INET6:
		if (c->sock->type != AF_INET6) {
			msg_fail(c, "the specified family (AF_INET6) is not supported on this socket");
			return false;
		}
		len = sizeof(struct sockaddr_in6);
		break;
	case AF_UNIX:
		if (c->sock->type != AF_UNIX) {
			msg_fail(c, "the specified family (AF_UNIX) is not supported on this socket");
			return false;
		}
		len = sizeof(struct sockaddr_un);
		break;
	default:
		msg_fail(c, "the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
		return false;
	}
	out->name = ecalloc(1, sizeof(struct sockaddr_storage));
	out->msg.msg_name = out->name;
	if (!fill) {
		out->msg.msg_namelen = sizeof(struct sockaddr_storage);
		return true;
	}
	switch (family) {
	case AF_INET:
		ok = conv_sockaddr_in(c, ht, (struct sockaddr_in *)out->name);
		break;
	case AF_INET6:
		ok = conv_sockaddr_in6(c, ht, (struct sockaddr_in6 *)out->name);
		break;
	default:
		ok = conv_sockaddr_un(c, ht, (struct sockaddr_un *)out->name, &len);
		break;
	}
	out->msg.msg_namelen = len;
	return ok;
}

/* iov (sendmsg): the strings are sent from where they are, not copied. */
static bool conv_iov(msg_ctx *c, zval *ziov, msg_out *out)
{
	uint32_t n, i = 0;
	zval *elem;
	HashTable *ht;

	ZVAL_DEREF(ziov);
	if (Z_TYPE_P(ziov) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	n = zend_hash_num_elements(Z_ARRVAL_P(ziov));
	if (n == 0) {
		return true;
	}
	out->msg.msg_iov = safe_emalloc(n, sizeof(struct iovec), 0);
	out->iov_strings = safe_emalloc(n, sizeof(zend_string *), 0);
	ht = Z_ARRVAL_P(ziov);
	ZEND_HASH_FOREACH_VAL(ht, elem) {
		zend_string *str = zval_try_get_string(elem);

		if (str == NULL) {
			c->failed = true;
			break;
		}
		out->iov_strings[i] = str;
		out->iov_string_count = ++i;
		out->msg.msg_iov[i - 1].iov_base = ZSTR_VAL(str);
		out->msg.msg_iov[i - 1].iov_len = ZSTR_LEN(str);
		out->msg.msg_iovlen = i;
	} ZEND_HASH_FOREACH_END();
	return !c->failed;
}

/* control (sendmsg) */

/* The descriptor of one SCM_RIGHTS element: a Socket's, or a stream's. */
static bool conv_fd(msg_ctx *c, zval *zv, int *fd)
{
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) == IS_OBJECT && Z_OBJCE_P(zv) == socket_ce) {
		php_socket *sock = Z_SOCKET_P(zv);

		if (IS_INVALID_SOCKET(sock)) {
			msg_fail(c, "socket is already closed");
			return false;
		}
		*fd = sock->bsd_socket;
		return true;
	}
	if (Z_TYPE_P(zv) == IS_RESOURCE) {
		php_stream *stream = zend_fetch_resource2_ex(zv, NULL, php_file_le_stream(), php_file_le_pstream());

		if (stream == NULL) {
			msg_fail(c, "resource is not a stream");
			return false;
		}
		if (php_stream_cast(stream, PHP_STREAM_AS_FD, (void **)fd, REPORT_ERRORS) == FAILURE) {
			msg_fail(c, "cast stream to file descriptor failed");
			return false;
		}
		return true;
	}
	msg_fail(c, "expected a Socket object or a stream resource");
	return false;
}

static bool conv_fds(msg_ctx *c, HashTable *ht, unsigned char *data)
{
	zval *elem;
	uint32_t i = 0;

	ZEND_HASH_FOREACH_VAL(ht, elem) {
		int fd = -1;

		msg_ctx_push_element(c, i + 1);
		if (!conv_fd(c, elem, &fd)) {
			msg_ctx_pop(c);
			return false;
		}
		msg_ctx_pop(c);
		psock_cmsg_put_fd(data, i++, fd);
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool conv_cred(msg_ctx *c, zval *zv, unsigned char *data)
{
	psock_cmsg_cred cred = {0, 0, 0};
	static const char *const keys[] = {"pid", "uid", "gid"};
	size_t i;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	for (i = 0; i < 3; i++) {
		zval *field = enter_key(c, Z_ARRVAL_P(zv), keys[i]);
		bool ok;

		if (field == NULL) {
			msg_fail(c, "The key '%s' is required", keys[i]);
			return false;
		}
		ok = i == 0 ? conv_pid(c, field, &cred.pid)
				: conv_uid(c, field, i == 1 ? &cred.uid : &cred.gid);
		msg_ctx_pop(c);
		if (!ok) {
			return false;
		}
	}
	psock_cmsg_put_cred(data, &cred);
	return true;
}

/* An interface: an index (0 means any), or a name. */
static bool conv_ifindex(msg_ctx *c, zval *zv, uint32_t *out)
{
	zend_string *name;
	zend_long given = 0;
	unsigned index = 0;

	switch (psock_php_ifindex(zv, &index, &name, &given)) {
	case PSOCK_IFINDEX_OK:
		*out = index;
		return true;
	case PSOCK_IFINDEX_THREW:
		c->failed = true;
		return false;
	case PSOCK_IFINDEX_RANGE:
		msg_fail(c, "the interface index cannot be negative or larger than %u; given " ZEND_LONG_FMT,
				UINT_MAX, given);
		return false;
	case PSOCK_IFINDEX_UNKNOWN:
		msg_fail(c, "no interface with name \"%s\" could be found", ZSTR_VAL(name));
		zend_string_release(name);
		return false;
	}
	return false;
}

bool msg_conv_in6_pktinfo(msg_ctx *c, zval *zv, psock_cmsg_pktinfo *info)
{
	zval *field;
	bool ok;

	memset(info, 0, sizeof(*info));
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	if ((field = enter_key(c, Z_ARRVAL_P(zv), "addr")) == NULL) {
		msg_fail(c, "The key 'addr' is required");
		return false;
	}
	/* 8.2 crashes here on an address it cannot resolve ("" or null). */
	ok = conv_ip(c, field, AF_INET6, info->addr);
	msg_ctx_pop(c);
	if (!ok) {
		return false;
	}
	if ((field = enter_key(c, Z_ARRVAL_P(zv), "ifindex")) == NULL) {
		msg_fail(c, "The key 'ifindex' is required");
		return false;
	}
	ok = conv_ifindex(c, field, &info->ifindex);
	msg_ctx_pop(c);
	return ok;
}

static bool conv_pktinfo(msg_ctx *c, zval *zv, unsigned char *data)
{
	psock_cmsg_pktinfo info;

	if (!msg_conv_in6_pktinfo(c, zv, &info)) {
		return false;
	}
	psock_cmsg_put_pktinfo(data, &info);
	return true;
}

/* A required integer key of a control element. 8.2 reads a missing one
 * from uninitialised memory; here it is an error that names the key. */
static bool conv_cmsg_int_key(msg_ctx *c, HashTable *ht, const char *key, int *out)
{
	zval *zv = enter_key(c, ht, key);
	bool ok;

	if (zv == NULL) {
		msg_fail(c, "The key '%s' is required", key);
		return false;
	}
	ok = conv_int(c, zv, out);
	msg_ctx_pop(c);
	return ok;
}

/* Reserves room for one message, growing the buffer as needed. */
static unsigned char *reserve_cmsg(msg_ctx *c, psock_cmsg_builder *b, int level, int type, size_t data_len)
{
	unsigned char *data = NULL;
	int rc = psock_cmsg_append(b, level, type, data_len, &data);

	if (rc == -ENOSPC) {
		size_t need = psock_cmsg_space_for(data_len);
		size_t cap = b->cap > need ? b->cap * 2 : b->cap + need * 2;

		b->buf = safe_erealloc(b->buf, 1, cap, 0);
		b->cap = cap;
		rc = psock_cmsg_append(b, level, type, data_len, &data);
	}
	if (rc < 0) {
		msg_fail(c, "the control message is too large");
		return NULL;
	}
	return data;
}

static bool conv_cmsg(msg_ctx *c, zval *zv, psock_cmsg_builder *b)
{
	HashTable *ht;
	const psock_cmsg_type *t;
	int level, type;
	zval *zdata;
	size_t data_len;
	unsigned char *data;
	bool ok = true;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	ht = Z_ARRVAL_P(zv);
	if (!conv_cmsg_int_key(c, ht, "level", &level) || !conv_cmsg_int_key(c, ht, "type", &type)) {
		return false;
	}
	t = psock_cmsg_find(level, type);
	if (t == NULL) {
		msg_fail(c, "cmsghdr with level %d and type %d not supported", level, type);
		return false;
	}
	zdata = zend_hash_str_find_deref(ht, "data", sizeof("data") - 1);
	if (t->kind == PSOCK_CMSG_FDS) {
		if (zdata == NULL) {
			msg_fail(c, "cmsghdr should have a 'data' element here");
			return false;
		}
		if (Z_TYPE_P(zdata) != IS_ARRAY) {
			msg_fail(c, "expected an array here");
			return false;
		}
		if (zend_hash_num_elements(Z_ARRVAL_P(zdata)) == 0) {
			msg_fail(c, "expected at least one element in this array");
			return false;
		}
		data_len = zend_hash_num_elements(Z_ARRVAL_P(zdata)) * t->elem_size;
	} else {
		data_len = t->size;
	}
	if ((data = reserve_cmsg(c, b, level, type, data_len)) == NULL) {
		return false;
	}
	/* Without "data", a fixed-size message goes out zeroed, as in 8.2. */
	if (zdata == NULL) {
		return true;
	}
	msg_ctx_push(c, "data");
	switch (t->kind) {
	case PSOCK_CMSG_FDS:
		ok = conv_fds(c, Z_ARRVAL_P(zdata), data);
		break;
	case PSOCK_CMSG_CRED:
		ok = conv_cred(c, zdata, data);
		break;
	case PSOCK_CMSG_IN6_PKTINFO:
		ok = conv_pktinfo(c, zdata, data);
		break;
	case PSOCK_CMSG_INT: {
		int value;

		ok = conv_int(c, zdata, &value);
		if (ok) {
			psock_cmsg_put_int(data, value);
		}
		break;
	}
	}
	msg_ctx_pop(c);
	return ok;
}

static bool conv_control(msg_ctx *c, zval *zcontrol, msg_out *out)
{
	psock_cmsg_builder b;
	uint32_t n, i = 0;
	zval *elem;
	HashTable *ht;
	bool ok = true;

	ZVAL_DEREF(zcontrol);
	if (Z_TYPE_P(zcontrol) != IS_ARRAY) {
		msg_fail(c, "expected an array here");
		return false;
	}
	n = zend_hash_num_elements(Z_ARRVAL_P(zcontrol));
	if (n == 0) {
		/* An empty control array sends no control data, as in 8.2. */
		return true;
	}
	/* Room for n small messages to start with; conv_cmsg grows it. */
	b.cap = psock_cmsg_space_for(20);
	b.buf = safe_emalloc(n, b.cap, 0);
	b.cap *= n;
	b.len = 0;
	out->msg.msg_control = b.buf;
	ht = Z_ARRVAL_P(zcontrol);
	ZEND_HASH_FOREACH_VAL(ht, elem) {
		/* 8.2 numbers control elements from 0 (and everything else from 1). */
		msg_ctx_push_element(c, i++);
		ok = conv_cmsg(c, elem, &b);
		msg_ctx_pop(c);
		out->msg.msg_control = b.buf;
		if (!ok) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	out->msg.msg_controllen = b.len;
	return ok;
}

bool msg_from_zval_send(php_socket *sock, HashTable *message, msg_out *out)
{
	msg_ctx c;
	zval *zv;

	message = msg_snapshot(message, out);
	msg_ctx_init(&c, "user", sock);
	if ((zv = enter_key(&c, message, "name"))) {
		conv_name(&c, zv, true, out);
		msg_ctx_pop(&c);
	}
	if (!c.failed && (zv = enter_key(&c, message, "iov"))) {
		conv_iov(&c, zv, out);
		msg_ctx_pop(&c);
	}
	if (!c.failed && (zv = enter_key(&c, message, "control"))) {
		conv_control(&c, zv, out);
		msg_ctx_pop(&c);
	}
	return !c.failed;
}

static bool conv_buffer_size(msg_ctx *c, zval *zv, msg_out *out)
{
	zend_long size;

	if (!conv_long(c, zv, &size)) {
		return false;
	}
	if (size < 0 || size > MSG_MAX_BUFFER_SIZE) {
		msg_fail(c, "the buffer size must be between 1 and " ZEND_LONG_FMT "; given " ZEND_LONG_FMT,
				MSG_MAX_BUFFER_SIZE, size);
		return false;
	}
	out->msg.msg_iov = emalloc(sizeof(struct iovec));
	out->msg.msg_iovlen = 1;
	out->msg.msg_iov[0].iov_base = emalloc((size_t)size);
	out->msg.msg_iov[0].iov_len = (size_t)size;
	return true;
}

bool msg_from_zval_recv(php_socket *sock, HashTable *message, size_t default_buffer, msg_out *out)
{
	msg_ctx c;
	zval *zv;

	message = msg_snapshot(message, out);
	msg_ctx_init(&c, "user", sock);
	if ((zv = enter_key(&c, message, "name"))) {
		conv_name(&c, zv, false, out);
		msg_ctx_pop(&c);
	}
	if (!c.failed && (zv = enter_key(&c, message, "buffer_size"))) {
		conv_buffer_size(&c, zv, out);
		msg_ctx_pop(&c);
	}
	if (!c.failed) {
		if ((zv = enter_key(&c, message, "controllen")) == NULL) {
			msg_fail(&c, "The key 'controllen' is required");
		} else {
			uint32_t len;

			if (conv_uint32(&c, zv, &len)) {
				if (len == 0) {
					msg_fail(&c, "controllen cannot be 0");
				} else {
					if (len > MSG_MAX_CONTROL) {
						len = MSG_MAX_CONTROL;
					}
					out->msg.msg_control = emalloc(len);
					out->msg.msg_controllen = len;
				}
			}
			msg_ctx_pop(&c);
		}
	}
	if (!c.failed && out->msg.msg_iov == NULL) {
		out->msg.msg_iov = emalloc(sizeof(struct iovec));
		out->msg.msg_iovlen = 1;
		out->msg.msg_iov[0].iov_base = emalloc(default_buffer);
		out->msg.msg_iov[0].iov_len = default_buffer;
	}
	return !c.failed;
}
