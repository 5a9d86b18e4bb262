/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_get_option() and socket_set_option() (and their aliases
 * socket_getopt() and socket_setopt()).
 *
 * What each (level, option) pair means lives in one table, src/core/sockopt.c;
 * this file turns PHP values into the C value of each kind and back, with the
 * messages of PHP 8.2 where 8.2 has the option, and without ever passing a
 * value the C field cannot hold (docs/compat.md, "Socket options").
 */
#include "binding.h"
#include "compat.h"
#include "convert.h"
#include "msg.h"
#include "core/sockopt.h"
#include "zend_closures.h"
#include <arpa/inet.h>
#include <net/if.h>

#define SET_FAILED "Unable to set socket option"
#define GET_FAILED "Unable to retrieve socket option"

/* ---------------------------------------------------------------------
 * Reading values out of the PHP argument
 * ------------------------------------------------------------------- */

/* The keys an array-valued option reads. PHP 8.2 cast the value with
 * convert_to_array(): an array is itself, an object gives its properties,
 * and a scalar gives a list without the keys (so the "must have key" error
 * follows). Unlike 8.2, the caller's array is never converted in place.
 *
 * Reading a key may call user code (__toString(), or an error handler
 * called by a warning) that changes or frees what the caller passed, so,
 * as for the message arrays (msg_convert.c, THE RULE), the keys are read
 * from a snapshot no PHP code can reach: *snap holds it (or is undef) and
 * the caller destroys it with zval_ptr_dtor() when done. */
static HashTable *value_table(zval *value, zval *snap)
{
	ZVAL_UNDEF(snap);
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_ARRAY) {
		psock_php_snapshot(snap, value, 1);
		return Z_ARRVAL_P(snap);
	}
	if (Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value) != zend_ce_closure) {
		HashTable *props = zend_get_properties_for(value, ZEND_PROP_PURPOSE_ARRAY_CAST);

		if (props == NULL) {
			return NULL;
		}
		psock_php_snapshot_table(snap, props, 1);
		zend_release_properties(props);
		return Z_ARRVAL_P(snap);
	}
	return NULL;
}

static zval *table_find(HashTable *ht, const char *key)
{
	zval *found = ht ? zend_hash_str_find_ind(ht, key, strlen(key)) : NULL;

	if (found) {
		ZVAL_DEREF(found);
	}
	return found;
}

/* A value as an integer, the way PHP 8.2 converted it (convert_to_long: no
 * error for non-numeric strings, a warning for objects). Returns 0 when
 * the conversion threw. */
static int long_of(zval *value, zend_long *out)
{
	*out = zval_get_long(value);
	return !EG(exception);
}

/* An interface given as an index or a name (convert.h), with PHP 8.2's
 * errors for a multicast request. Returns 0 after a warning or an
 * exception. */
static int interface_of(zval *value, unsigned *index)
{
	zend_string *name;
	zend_long given;

	switch (psock_php_ifindex(value, index, &name, &given)) {
	case PSOCK_IFINDEX_OK:
		return 1;
	case PSOCK_IFINDEX_RANGE:
		zend_value_error("Index must be between 0 and %u", UINT_MAX);
		return 0;
	case PSOCK_IFINDEX_UNKNOWN:
		php_error_docref(NULL, E_WARNING, "No interface with name \"%s\" could be found", ZSTR_VAL(name));
		zend_string_release(name);
		return 0;
	case PSOCK_IFINDEX_THREW:
		break;
	}
	return 0;
}

/* The address under `key` of a multicast request, of the socket's family. */
static int mcast_address_of(php_socket *sock, HashTable *ht, const char *key, psock_addr *out)
{
	zval *value = table_find(ht, key);
	zend_string *text, *tmp;
	int ok;

	if (!value) {
		zend_value_error("No key \"%s\" passed in optval", key);
		return 0;
	}
	text = zval_try_get_tmp_string(value, &tmp);
	if (!text) {
		return 0;
	}
	if (sock->type != AF_INET && sock->type != AF_INET6) {
		if (psock_compat.mcast_family_value_error) {
			zend_value_error("IP address used in the context of an unexpected type of socket");
		} else {
			php_error_docref(NULL, E_WARNING, "IP address used in the context of an unexpected type of socket");
		}
		ok = 0;
	} else {
		ok = psock_php_addr_from_zend(sock, text, 0, 4, out);
	}
	zend_tmp_string_release(tmp);
	return ok;
}

/* ---------------------------------------------------------------------
 * socket_set_option(), one function a kind
 * ------------------------------------------------------------------- */

static zend_result set_raw(php_socket *sock, int level, int option, const void *buf, socklen_t len)
{
	int rc = psock_setsockopt(sock->bsd_socket, level, option, buf, len);

	if (rc < 0) {
		psock_php_error(sock, SET_FAILED, -rc);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result set_int(php_socket *sock, const psock_sockopt *opt, int level, int option, zval *value)
{
	zend_long v;
	uint32_t bits;
	int ov;

	if (!long_of(value, &v)) {
		return FAILURE;
	}
	if (!psock_sockopt_in_range(opt, v)) {
		zend_argument_value_error(4, "must be between %lld and %lld", opt->min, opt->max);
		return FAILURE;
	}
	/* A row may accept the u32 range (SO_MARK): same bits as an int. */
	bits = (uint32_t)v;
	memcpy(&ov, &bits, sizeof(ov));
	return set_raw(sock, level, option, &ov, sizeof(ov));
}

static zend_result set_byte(php_socket *sock, const psock_sockopt *opt, int level, int option, zval *value)
{
	zend_long v;
	unsigned char byte;

	if (!long_of(value, &v)) {
		return FAILURE;
	}
	if (!psock_sockopt_in_range(opt, v)) {
		zend_argument_value_error(4, "must be between %lld and %lld", opt->min, opt->max);
		return FAILURE;
	}
	byte = (unsigned char)v;
	return set_raw(sock, level, option, &byte, sizeof(byte));
}

/* The two integer keys of SO_LINGER ({l_onoff, l_linger}) and of the
 * timeouts ({sec, usec}), both required, read as PHP 8.2 reads them.
 * Returns 0 after an exception. */
static int two_keys_of(zval *value, const char *first, const char *second, zend_long *a, zend_long *b)
{
	zval snap;
	HashTable *ht = value_table(value, &snap);
	zval *za = table_find(ht, first), *zb = table_find(ht, second);
	int ok = 0;

	if (!za) {
		zend_argument_value_error(4, "must have key \"%s\"", first);
	} else if (!zb) {
		zend_argument_value_error(4, "must have key \"%s\"", second);
	} else {
		ok = long_of(za, a) && long_of(zb, b);
	}
	zval_ptr_dtor(&snap);
	return ok;
}

static zend_result set_linger(php_socket *sock, int level, int option, zval *value)
{
	zend_long on = 0, secs = 0;
	struct linger lv;

	if (!two_keys_of(value, "l_onoff", "l_linger", &on, &secs)) {
		return FAILURE;
	}
	switch (psock_linger_from(on, secs, &lv)) {
	case PSOCK_FIELD_FIRST:
		/* PHP 8.4's check and wording, on every version. */
		zend_argument_value_error(4, "\"l_onoff\" must be between 0 and %d", PSOCK_LINGER_FIELD_MAX);
		return FAILURE;
	case PSOCK_FIELD_SECOND:
		/* 8.4 and 8.5 print garbage for the key's name here; this is the
		 * message they mean. */
		zend_argument_value_error(4, "\"l_linger\" must be between 0 and %d", PSOCK_LINGER_FIELD_MAX);
		return FAILURE;
	case PSOCK_FIELD_OK:
		break;
	}
	return set_raw(sock, level, option, &lv, sizeof(lv));
}

static zend_result set_timeval(php_socket *sock, int level, int option, zval *value)
{
	zend_long s = 0, us = 0;
	struct timeval tv;

	if (!two_keys_of(value, "sec", "usec", &s, &us)) {
		return FAILURE;
	}
	switch (psock_timeval_from(s, us, &tv)) {
	case PSOCK_FIELD_FIRST:
		zend_argument_value_error(4, "key \"sec\" must be between %lld and %lld",
				psock_time_t_min(), psock_time_t_max());
		return FAILURE;
	case PSOCK_FIELD_SECOND:
		zend_argument_value_error(4, "key \"usec\" must be between %lld and %lld",
				psock_suseconds_t_min(), psock_suseconds_t_max());
		return FAILURE;
	case PSOCK_FIELD_OK:
		break;
	}
	return set_raw(sock, level, option, &tv, sizeof(tv));
}

/* The value types that PHP 8.4 (an array or object for SO_LINGER and the
 * timeouts) and 8.5 (the same for the MCAST_* options, a string for
 * SO_BINDTODEVICE and TCP_CONGESTION) demand with a TypeError, where 8.2
 * converts whatever it is given (psock_compat says which apply). 8.5 names
 * MCAST_LEAVE_GROUP or MCAST_LEAVE_SOURCE_GROUP for every multicast option;
 * so does this. Returns 0 after throwing. */
static int check_value_type(const psock_sockopt *opt, zval *value)
{
	const char *want = NULL, *name = opt->name;
	bool is_array = Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT;

	switch (opt->kind) {
	case PSOCK_OPT_LINGER:
	case PSOCK_OPT_TIMEVAL:
		want = psock_compat.array_option_type_error && !is_array ? "array" : NULL;
		break;
	case PSOCK_OPT_MCAST_GROUP:
	case PSOCK_OPT_MCAST_SOURCE:
		want = psock_compat.mcast_option_type_error && !is_array ? "array" : NULL;
		name = opt->kind == PSOCK_OPT_MCAST_GROUP ? "MCAST_LEAVE_GROUP" : "MCAST_LEAVE_SOURCE_GROUP";
		break;
	case PSOCK_OPT_IFNAME:
	case PSOCK_OPT_CONGESTION:
		want = psock_compat.string_option_type_error && Z_TYPE_P(value) != IS_STRING ? "string" : NULL;
		break;
	default:
		break;
	}
	if (want) {
		zend_argument_type_error(4, "must be of type %s when argument #3 ($option) is %s, %s given",
				want, name, psock_compat_value_name(value));
		return 0;
	}
	return 1;
}

/* SO_BINDTODEVICE and TCP_CONGESTION take the bytes of a string; PHP 8.2
 * passes nothing (length 0) for any other value, which unbinds a socket. */
static zend_result set_string(php_socket *sock, int level, int option, zval *value)
{
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_STRING) {
		/* A length socklen_t cannot hold would wrap into a short one;
		 * the kernel refuses anything that long anyway (EINVAL). */
		if (Z_STRLEN_P(value) > (size_t)INT_MAX) {
			psock_php_error(sock, SET_FAILED, EINVAL);
			return FAILURE;
		}
		return set_raw(sock, level, option, Z_STRVAL_P(value), (socklen_t)Z_STRLEN_P(value));
	}
	return set_raw(sock, level, option, "", 0);
}

static zend_result set_mcast(php_socket *sock, int level, int option, zval *value, int with_source)
{
	zval snap;
	HashTable *ht = value_table(value, &snap);
	psock_addr group, source;
	unsigned ifindex = 0;
	zval *iface;
	zend_result result = FAILURE;
	int rc;

	if (!mcast_address_of(sock, ht, "group", &group)) {
		goto done;
	}
	if (with_source && !mcast_address_of(sock, ht, "source", &source)) {
		goto done;
	}
	iface = table_find(ht, "interface");
	if (iface && !interface_of(iface, &ifindex)) {
		goto done;
	}
	rc = psock_mcast_set(sock->bsd_socket, level, option, &group.u.sa, group.len,
			with_source ? &source.u.sa : NULL, with_source ? source.len : 0, ifindex);
	if (rc < 0) {
		psock_php_error(sock, SET_FAILED, -rc);
	} else {
		result = SUCCESS;
	}
done:
	zval_ptr_dtor(&snap);
	return result;
}

static zend_result set_ip_mcast_if(php_socket *sock, int level, int option, zval *value)
{
	struct in_addr addr;
	unsigned ifindex;
	int rc;

	if (!interface_of(value, &ifindex)) {
		return FAILURE;
	}
	rc = psock_ifindex_to_ipv4(sock->bsd_socket, ifindex, &addr);
	if (rc < 0) {
		php_error_docref(NULL, E_WARNING, "Failed obtaining address for interface %u: error %d", ifindex, -rc);
		return FAILURE;
	}
	return set_raw(sock, level, option, &addr, sizeof(addr));
}

static zend_result set_ipv6_mcast_if(php_socket *sock, int level, int option, zval *value)
{
	unsigned ifindex;

	if (!interface_of(value, &ifindex)) {
		return FAILURE;
	}
	return set_raw(sock, level, option, &ifindex, sizeof(ifindex));
}

/* IPV6_PKTINFO goes through the converter of the IPV6_PKTINFO control
 * message, as in PHP 8.2, whose warnings name the path to the field at
 * fault ("in6_pktinfo > addr"). */
static zend_result set_in6_pktinfo(php_socket *sock, int level, int option, zval *value)
{
	struct in6_pktinfo info;
	psock_cmsg_pktinfo parsed;
	msg_ctx c;
	zval snap;
	bool ok;

	psock_php_snapshot(&snap, value, 1);
	msg_ctx_init_root(&c, "user", "in6_pktinfo", sock);
	ok = msg_conv_in6_pktinfo(&c, &snap, &parsed);
	zval_ptr_dtor(&snap);
	if (!ok) {
		return FAILURE;
	}
	memset(&info, 0, sizeof(info));
	memcpy(&info.ipi6_addr, parsed.addr, sizeof(info.ipi6_addr));
	info.ipi6_ifindex = parsed.ifindex;
	return set_raw(sock, level, option, &info, sizeof(info));
}

static zend_result set_reuseport_cbpf(php_socket *sock, zval *value)
{
	zend_long selector;
	int rc;

	if (!long_of(value, &selector)) {
		return FAILURE;
	}
	rc = psock_reuseport_cbpf(sock->bsd_socket, selector);
	if (rc == PSOCK_E_CBPF_UNSUPPORTED) {
		php_error_docref(NULL, E_WARNING, "Unsupported CBPF filter");
		return FAILURE;
	}
	if (rc < 0) {
		psock_php_error(sock, SET_FAILED, -rc);
		return FAILURE;
	}
	return SUCCESS;
}

PHP_FUNCTION(socket_set_option)
{
	zval *zsock, *value;
	zend_long level, option;
	php_socket *sock;
	const psock_sockopt *opt;
	zend_result result = FAILURE;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(option)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (!psock_php_check_int_arg(level, 2) || !psock_php_check_int_arg(option, 3)) {
		RETURN_THROWS();
	}
	opt = psock_sockopt_find((int)level, (int)option);
	ZVAL_DEREF(value);
	if (!check_value_type(opt, value)) {
		RETURN_THROWS();
	}

	switch (opt->kind) {
	case PSOCK_OPT_BYTE:
		result = set_byte(sock, opt, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_BOOL_BYTE: {
		unsigned char on = zend_is_true(value) ? 1 : 0;
		result = set_raw(sock, (int)level, (int)option, &on, sizeof(on));
		break;
	}
	case PSOCK_OPT_BOOL_INT: {
		int on = zend_is_true(value) ? 1 : 0;
		result = set_raw(sock, (int)level, (int)option, &on, sizeof(on));
		break;
	}
	case PSOCK_OPT_LINGER:
		result = set_linger(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_TIMEVAL:
		result = set_timeval(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_IFNAME:
	case PSOCK_OPT_CONGESTION:
		result = set_string(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_MCAST_GROUP:
	case PSOCK_OPT_MCAST_SOURCE:
		result = set_mcast(sock, (int)level, (int)option, value, opt->kind == PSOCK_OPT_MCAST_SOURCE);
		break;
	case PSOCK_OPT_IP_MCAST_IF:
		result = set_ip_mcast_if(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_IPV6_MCAST_IF:
		result = set_ipv6_mcast_if(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_IN6_PKTINFO:
		result = set_in6_pktinfo(sock, (int)level, (int)option, value);
		break;
	case PSOCK_OPT_REUSEPORT_CBPF:
		result = set_reuseport_cbpf(sock, value);
		break;
	case PSOCK_OPT_INT:
	case PSOCK_OPT_MEMINFO:
	case PSOCK_OPT_PEERCRED:
	case PSOCK_OPT_TCP_INFO:
		/* The read-only structures are refused by the kernel; the int
		 * lets it say so, as it always has. */
		result = set_int(sock, opt, (int)level, (int)option, value);
		break;
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(result == SUCCESS);
}

/* ---------------------------------------------------------------------
 * socket_get_option()
 * ------------------------------------------------------------------- */

/* Reads a structure into buf; warns and returns 0 on failure. */
static int get_raw(php_socket *sock, int level, int option, void *buf, socklen_t *len, const char *msg)
{
	int rc = psock_getsockopt(sock->bsd_socket, level, option, buf, len);

	if (rc < 0) {
		psock_php_error(sock, msg, -rc);
		return 0;
	}
	return 1;
}

static void return_fields(zval *return_value, const psock_field *fields, size_t count)
{
	size_t i;

	array_init_size(return_value, (uint32_t)count);
	for (i = 0; i < count; i++) {
		if (fields[i].is_signed) {
			add_assoc_long(return_value, fields[i].name, (zend_long)(long long)fields[i].value);
		} else if (fields[i].value > (unsigned long long)ZEND_LONG_MAX) {
			/* A u64 such as an unlimited pacing rate (~0): exact as a
			 * float's magnitude, where an int would turn negative. */
			add_assoc_double(return_value, fields[i].name, (double)fields[i].value);
		} else {
			add_assoc_long(return_value, fields[i].name, (zend_long)fields[i].value);
		}
	}
}

static void get_ip_mcast_if(php_socket *sock, int level, int option, zval *return_value)
{
	struct in_addr addr;
	socklen_t len = sizeof(addr);
	unsigned ifindex;
	int rc;

	memset(&addr, 0, sizeof(addr));
	if (!get_raw(sock, level, option, &addr, &len, GET_FAILED)) {
		RETURN_FALSE;
	}
	rc = psock_ipv4_to_ifindex(addr, &ifindex);
	if (rc == -ENXIO) {
		char text[INET_ADDRSTRLEN];
		inet_ntop(AF_INET, &addr, text, sizeof(text));
		php_error_docref(NULL, E_WARNING, "The interface with IP address %s was not found", text);
		RETURN_FALSE;
	}
	if (rc < 0) {
		php_error_docref(NULL, E_WARNING, "Failed obtaining interfaces list: error %d", -rc);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)ifindex);
}

static void get_in6_pktinfo(php_socket *sock, int level, int option, zval *return_value)
{
	struct in6_pktinfo info;
	socklen_t len = sizeof(info);
	char text[INET6_ADDRSTRLEN];

	memset(&info, 0, sizeof(info));
	/* PHP 8.2 words this one failure differently. */
	if (!get_raw(sock, level, option, &info, &len, "unable to get socket option")) {
		RETURN_FALSE;
	}
	inet_ntop(AF_INET6, &info.ipi6_addr, text, sizeof(text));
	array_init(return_value);
	add_assoc_string(return_value, "addr", text);
	add_assoc_long(return_value, "ifindex", (zend_long)info.ipi6_ifindex);
}

/* The array-valued structures: read, decode, return. */
static void get_fields(php_socket *sock, const psock_sockopt *opt, int level, int option, zval *return_value)
{
	unsigned char buf[512];
	psock_field fields[PSOCK_FIELDS_MAX];
	socklen_t len;
	size_t size, count;

	switch (opt->kind) {
	case PSOCK_OPT_MEMINFO:
		size = PSOCK_MEMINFO_SIZE;
		break;
	case PSOCK_OPT_PEERCRED:
		size = PSOCK_PEERCRED_SIZE;
		break;
	default:
		size = PSOCK_TCP_INFO_SIZE;
		break;
	}
	ZEND_ASSERT(size <= sizeof(buf));
	memset(buf, 0, sizeof(buf));
	len = (socklen_t)size;
	if (!get_raw(sock, level, option, buf, &len, GET_FAILED)) {
		RETURN_FALSE;
	}
	switch (opt->kind) {
	case PSOCK_OPT_MEMINFO:
		if (len != size) {
			php_error_docref(NULL, E_WARNING, "Unable to retrieve all socket meminfo data");
			RETURN_FALSE;
		}
		count = psock_meminfo_fields(buf, len, fields, PSOCK_FIELDS_MAX);
		break;
	case PSOCK_OPT_PEERCRED:
		count = psock_peercred_fields(buf, len, fields, PSOCK_FIELDS_MAX);
		break;
	default:
		count = psock_tcp_info_fields(buf, len, fields, PSOCK_FIELDS_MAX);
		break;
	}
	return_fields(return_value, fields, count);
}

PHP_FUNCTION(socket_get_option)
{
	zval *zsock;
	zend_long level, option;
	php_socket *sock;
	const psock_sockopt *opt;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(level)
		Z_PARAM_LONG(option)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (!psock_php_check_int_arg(level, 2) || !psock_php_check_int_arg(option, 3)) {
		RETURN_THROWS();
	}
	opt = psock_sockopt_find((int)level, (int)option);

	switch (opt->kind) {
	case PSOCK_OPT_LINGER: {
		struct linger lv;
		socklen_t len = sizeof(lv);

		memset(&lv, 0, sizeof(lv));
		if (!get_raw(sock, (int)level, (int)option, &lv, &len, GET_FAILED)) {
			RETURN_FALSE;
		}
		array_init(return_value);
		add_assoc_long(return_value, "l_onoff", lv.l_onoff);
		add_assoc_long(return_value, "l_linger", lv.l_linger);
		return;
	}
	case PSOCK_OPT_TIMEVAL: {
		struct timeval tv;
		socklen_t len = sizeof(tv);

		memset(&tv, 0, sizeof(tv));
		if (!get_raw(sock, (int)level, (int)option, &tv, &len, GET_FAILED)) {
			RETURN_FALSE;
		}
		array_init(return_value);
		add_assoc_long(return_value, "sec", (zend_long)tv.tv_sec);
		add_assoc_long(return_value, "usec", (zend_long)tv.tv_usec);
		return;
	}
	case PSOCK_OPT_IFNAME:
	case PSOCK_OPT_CONGESTION: {
		/* Both names fit IFNAMSIZ (16, as TCP_CA_NAME_MAX); the kernel
		 * answers an unbound socket with nothing, which is "". */
		char name[IFNAMSIZ];
		socklen_t len = sizeof(name);

		memset(name, 0, sizeof(name));
		if (!get_raw(sock, (int)level, (int)option, name, &len, GET_FAILED)) {
			RETURN_FALSE;
		}
		if (opt->kind == PSOCK_OPT_IFNAME) {
			RETURN_STRINGL(name, strnlen(name, len));
		}
		array_init(return_value);
		add_assoc_stringl(return_value, "name", name, strnlen(name, len));
		return;
	}
	case PSOCK_OPT_IP_MCAST_IF:
		get_ip_mcast_if(sock, (int)level, (int)option, return_value);
		return;
	case PSOCK_OPT_IN6_PKTINFO:
		get_in6_pktinfo(sock, (int)level, (int)option, return_value);
		return;
	case PSOCK_OPT_MEMINFO:
	case PSOCK_OPT_PEERCRED:
	case PSOCK_OPT_TCP_INFO:
		get_fields(sock, opt, (int)level, (int)option, return_value);
		return;
	default: {
		int value;
		int rc = psock_getsockopt_int(sock->bsd_socket, (int)level, (int)option, &value);

		if (rc < 0) {
			psock_php_error(sock, GET_FAILED, -rc);
			RETURN_FALSE;
		}
		RETURN_LONG(value);
	}
	}
}
