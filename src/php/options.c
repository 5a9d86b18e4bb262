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
#include "core/sockopt.h"
#include "zend_closures.h"
#include <arpa/inet.h>
#include <net/if.h>

#define SET_FAILED "Unable to set socket option"
#define GET_FAILED "Unable to retrieve socket option"

/* PHP 8.2 truncated level and option to int; a number that does not fit is
 * an error here instead, named after its argument. */
static int check_int_argument(zend_long value, uint32_t arg_num)
{
	if (value < INT_MIN || value > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between %d and %d", INT_MIN, INT_MAX);
		return 0;
	}
	return 1;
}

/* ---------------------------------------------------------------------
 * Reading values out of the PHP argument
 * ------------------------------------------------------------------- */

/* The keys an array-valued option reads. PHP 8.2 cast the value with
 * convert_to_array(): an array is itself, an object gives its properties,
 * and a scalar gives a list without the keys (so the "must have key" error
 * follows). Unlike 8.2, the caller's array is never converted in place.
 * *release is set when the table must be released with
 * zend_release_properties(). */
static HashTable *value_table(zval *value, HashTable **release)
{
	*release = NULL;
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_ARRAY) {
		return Z_ARRVAL_P(value);
	}
	if (Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value) != zend_ce_closure) {
		*release = zend_get_properties_for(value, ZEND_PROP_PURPOSE_ARRAY_CAST);
		return *release;
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

/* An interface given as an index (an int, 0 to UINT_MAX) or a name (any
 * other value, as a string), with PHP 8.2's errors. Returns 0 after a
 * warning or an exception. */
static int interface_of(zval *value, unsigned *index)
{
	zend_string *name, *tmp;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_LONG) {
		if (Z_LVAL_P(value) < 0 || (zend_ulong)Z_LVAL_P(value) > UINT_MAX) {
			zend_value_error("Index must be between 0 and %u", UINT_MAX);
			return 0;
		}
		*index = (unsigned)Z_LVAL_P(value);
		return 1;
	}
	name = zval_try_get_tmp_string(value, &tmp);
	if (!name) {
		return 0;
	}
	*index = if_nametoindex(ZSTR_VAL(name));
	if (*index == 0) {
		php_error_docref(NULL, E_WARNING, "No interface with name \"%s\" could be found", ZSTR_VAL(name));
	}
	zend_tmp_string_release(tmp);
	return *index != 0;
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

static zend_result set_linger(php_socket *sock, int level, int option, zval *value)
{
	HashTable *release, *ht = value_table(value, &release);
	zval *onoff = table_find(ht, "l_onoff"), *linger = table_find(ht, "l_linger");
	zend_long on = 0, secs = 0;
	struct linger lv;
	zend_result result = FAILURE;

	if (!onoff) {
		zend_argument_value_error(4, "must have key \"l_onoff\"");
	} else if (!linger) {
		zend_argument_value_error(4, "must have key \"l_linger\"");
	} else if (long_of(onoff, &on) && long_of(linger, &secs)) {
		switch (psock_linger_from(on, secs, &lv)) {
		case PSOCK_FIELD_FIRST:
			/* PHP 8.4's check and wording, on every version. */
			zend_argument_value_error(4, "\"l_onoff\" must be between 0 and %d", PSOCK_LINGER_FIELD_MAX);
			break;
		case PSOCK_FIELD_SECOND:
			/* 8.4 and 8.5 print garbage for the key's name here; this is the
			 * message they mean. */
			zend_argument_value_error(4, "\"l_linger\" must be between 0 and %d", PSOCK_LINGER_FIELD_MAX);
			break;
		case PSOCK_FIELD_OK:
			result = set_raw(sock, level, option, &lv, sizeof(lv));
			break;
		}
	}
	if (release) {
		zend_release_properties(release);
	}
	return result;
}

static zend_result set_timeval(php_socket *sock, int level, int option, zval *value)
{
	HashTable *release, *ht = value_table(value, &release);
	zval *sec = table_find(ht, "sec"), *usec = table_find(ht, "usec");
	zend_long s = 0, us = 0;
	struct timeval tv;
	zend_result result = FAILURE;

	if (!sec) {
		zend_argument_value_error(4, "must have key \"sec\"");
	} else if (!usec) {
		zend_argument_value_error(4, "must have key \"usec\"");
	} else if (long_of(sec, &s) && long_of(usec, &us)) {
		switch (psock_timeval_from(s, us, &tv)) {
		case PSOCK_FIELD_FIRST:
			zend_argument_value_error(4, "key \"sec\" must be between %lld and %lld",
					psock_time_t_min(), psock_time_t_max());
			break;
		case PSOCK_FIELD_SECOND:
			zend_argument_value_error(4, "key \"usec\" must be between %lld and %lld",
					psock_suseconds_t_min(), psock_suseconds_t_max());
			break;
		case PSOCK_FIELD_OK:
			result = set_raw(sock, level, option, &tv, sizeof(tv));
			break;
		}
	}
	if (release) {
		zend_release_properties(release);
	}
	return result;
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
		return set_raw(sock, level, option, Z_STRVAL_P(value), (socklen_t)Z_STRLEN_P(value));
	}
	return set_raw(sock, level, option, "", 0);
}

static zend_result set_mcast(php_socket *sock, int level, int option, zval *value, int with_source)
{
	HashTable *release, *ht = value_table(value, &release);
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
	if (release) {
		zend_release_properties(release);
	}
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

/* IPV6_PKTINFO goes through PHP 8.2's structure converter, whose warnings
 * name the path to the field at fault. */
static void pktinfo_error(const char *path, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	zend_vspprintf(&msg, 0, fmt, ap);
	va_end(ap);
	php_error_docref(NULL, E_WARNING, "error converting user data (path: %s): %s", path, msg);
	efree(msg);
}

static zend_result set_in6_pktinfo(php_socket *sock, int level, int option, zval *value)
{
	struct in6_pktinfo info;
	zval *addr, *ifindex;
	zend_string *text, *tmp;
	psock_addr sa;
	int rc;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		pktinfo_error("in6_pktinfo", "expected an array here");
		return FAILURE;
	}
	memset(&info, 0, sizeof(info));
	addr = table_find(Z_ARRVAL_P(value), "addr");
	if (!addr) {
		pktinfo_error("in6_pktinfo", "The key '%s' is required", "addr");
		return FAILURE;
	}
	text = zval_try_get_tmp_string(addr, &tmp);
	if (!text) {
		return FAILURE;
	}
	rc = psock_addr_from_text(AF_INET6, ZSTR_VAL(text), ZSTR_LEN(text), 0, &sa);
	if (rc < 0) {
		if (PSOCK_IS_HOST_ERROR(rc)) {
			psock_php_error(sock, "Host lookup failed", rc);
		}
		pktinfo_error("in6_pktinfo > addr", "could not resolve address '%s' to get an AF_INET6 address",
				ZSTR_VAL(text));
		zend_tmp_string_release(tmp);
		return FAILURE;
	}
	zend_tmp_string_release(tmp);
	info.ipi6_addr = sa.u.in6.sin6_addr;

	ifindex = table_find(Z_ARRVAL_P(value), "ifindex");
	if (!ifindex) {
		pktinfo_error("in6_pktinfo", "The key '%s' is required", "ifindex");
		return FAILURE;
	}
	if (Z_TYPE_P(ifindex) == IS_LONG) {
		if (Z_LVAL_P(ifindex) < 0 || (zend_ulong)Z_LVAL_P(ifindex) > UINT_MAX) {
			pktinfo_error("in6_pktinfo > ifindex", "the interface index cannot be negative or larger than %u; given "
					ZEND_LONG_FMT, UINT_MAX, Z_LVAL_P(ifindex));
			return FAILURE;
		}
		info.ipi6_ifindex = (unsigned)Z_LVAL_P(ifindex);
	} else {
		text = zval_try_get_tmp_string(ifindex, &tmp);
		if (!text) {
			return FAILURE;
		}
		info.ipi6_ifindex = if_nametoindex(ZSTR_VAL(text));
		if (info.ipi6_ifindex == 0) {
			pktinfo_error("in6_pktinfo > ifindex", "no interface with name \"%s\" could be found", ZSTR_VAL(text));
		}
		zend_tmp_string_release(tmp);
		if (info.ipi6_ifindex == 0) {
			return FAILURE;
		}
	}
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
	if (!check_int_argument(level, 2) || !check_int_argument(option, 3)) {
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
	if (!check_int_argument(level, 2) || !check_int_argument(option, 3)) {
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
