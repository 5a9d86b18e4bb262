/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_addrinfo_lookup(), _connect(), _bind() and _explain(): getaddrinfo()
 * results as AddressInfo objects, and sockets made from them.
 *
 * An AddressInfo owns a copy of one struct addrinfo (socket_object.c frees
 * its ai_addr and ai_canonname); the list getaddrinfo() returned is freed
 * before the lookup returns.
 */
#include "binding.h"
#include "compat.h"
#include <netdb.h>
#include <unistd.h>

/* The hint keys socket_addrinfo_lookup() accepts and the field each sets. */
static const struct {
	const char *key;
	size_t key_len;
	size_t offset;
} hint_fields[] = {
	{ "ai_flags", sizeof("ai_flags") - 1, offsetof(struct addrinfo, ai_flags) },
	{ "ai_socktype", sizeof("ai_socktype") - 1, offsetof(struct addrinfo, ai_socktype) },
	{ "ai_protocol", sizeof("ai_protocol") - 1, offsetof(struct addrinfo, ai_protocol) },
	{ "ai_family", sizeof("ai_family") - 1, offsetof(struct addrinfo, ai_family) },
};

/* PHP 8.5's checks of one hint value: an integer (a numeric string or a
 * float converts, as for an int parameter), a family of AF_INET or AF_INET6,
 * anything else 0 to INT_MAX. Returns 0 after throwing. */
static int strict_hint(const char *key, zval *value, zend_long *out)
{
	if (!psock_compat_try_get_long(value, out)) {
		if (!EG(exception)) {
			zend_argument_type_error(3, "\"%s\" key must be of type int, %s given", key,
					psock_compat_value_name(value));
		}
		return 0;
	}
	if (strcmp(key, "ai_family") == 0) {
		if (*out != AF_INET && *out != AF_INET6) {
			zend_argument_value_error(3, "\"ai_family\" key must be AF_INET or AF_INET6");
			return 0;
		}
	} else if (*out < 0 || *out > INT_MAX) {
		zend_argument_value_error(3, "\"%s\" key must be between 0 and %d", key, INT_MAX);
		return 0;
	}
	return 1;
}

/* Fills hints from the PHP array. As in 8.2, integer keys are ignored and
 * values are converted with PHP's loose integer conversion (a non-numeric
 * string is 0, an object warns and is 1); an unknown string key is a
 * ValueError. PHP 8.5 refuses integer keys too, and checks each value
 * (strict_hint()). Returns 0 when it threw. */
static int hints_from_array(HashTable *table, struct addrinfo *hints)
{
	zend_string *key;
	zval *value;

	ZEND_HASH_FOREACH_STR_KEY_VAL(table, key, value) {
		size_t i = 0;
		zend_long number;

		if (key == NULL && !psock_compat.addrinfo_strict_hints) {
			continue;
		}
		for (; key && i < sizeof(hint_fields) / sizeof(hint_fields[0]); i++) {
			if (zend_string_equals_cstr(key, hint_fields[i].key, hint_fields[i].key_len)) {
				break;
			}
		}
		if (key == NULL || i == sizeof(hint_fields) / sizeof(hint_fields[0])) {
			zend_argument_value_error(3, "must only contain array keys \"ai_flags\", "
					"\"ai_socktype\", \"ai_protocol\", or \"ai_family\"");
			return 0;
		}
		if (psock_compat.addrinfo_strict_hints) {
			if (!strict_hint(hint_fields[i].key, value, &number)) {
				return 0;
			}
		} else {
			number = zval_get_long(value);
		}
		*(int *)((char *)hints + hint_fields[i].offset) = (int)number;
		/* A conversion warning turned into an exception by an error
		 * handler stops the lookup (8.2 would carry on regardless). */
		if (EG(exception)) {
			return 0;
		}
	} ZEND_HASH_FOREACH_END();
	return 1;
}

/* Appends one AddressInfo holding a deep copy of ai to the array. */
static void add_address_info(zval *array, const struct addrinfo *ai)
{
	zval object;
	struct addrinfo *copy;

	object_init_ex(&object, address_info_ce);
	copy = psock_php_addrinfo_of(Z_OBJ(object));
	*copy = *ai;
	/* The rest of the list is freed below: an object must not point into it. */
	copy->ai_next = NULL;
	copy->ai_addr = emalloc(ai->ai_addrlen);
	memcpy(copy->ai_addr, ai->ai_addr, ai->ai_addrlen);
	copy->ai_canonname = ai->ai_canonname ? estrdup(ai->ai_canonname) : NULL;
	add_next_index_zval(array, &object);
}

PHP_FUNCTION(socket_addrinfo_lookup)
{
	zend_string *host, *service = NULL;
	HashTable *hint_table = NULL;
	struct addrinfo hints, *result, *ai;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(service)
		Z_PARAM_ARRAY_HT(hint_table)
	ZEND_PARSE_PARAMETERS_END();

	memset(&hints, 0, sizeof(hints));
	if (hint_table && !hints_from_array(hint_table, &hints)) {
		RETURN_THROWS();
	}

	/* A failed lookup is false, with neither a warning nor a last error,
	 * as in 8.2. */
	if (getaddrinfo(ZSTR_VAL(host), service ? ZSTR_VAL(service) : NULL, &hints, &result) != 0) {
		RETURN_FALSE;
	}
	array_init(return_value);
	for (ai = result; ai != NULL; ai = ai->ai_next) {
		if (ai->ai_family != AF_UNSPEC) {
			add_address_info(return_value, ai);
		}
	}
	freeaddrinfo(result);
}

/* socket_addrinfo_bind() and socket_addrinfo_connect(): a new blocking
 * socket for the address, bound or connected. */
static void open_socket_for(INTERNAL_FUNCTION_PARAMETERS, int do_connect)
{
	zval *zai;
	struct addrinfo *ai;
	php_socket *sock;
	int fd, rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, address_info_ce)
	ZEND_PARSE_PARAMETERS_END();

	ai = psock_php_addrinfo_of(Z_OBJ_P(zai));
	fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
	if (fd < 0) {
		psock_php_error(NULL, "Unable to create socket", errno);
		RETURN_FALSE;
	}
	switch (ai->ai_family) {
	case AF_INET:
	case AF_INET6:
		break;
	case AF_UNIX:
		/* 8.2 refuses unix addresses from a lookup, silently; getaddrinfo()
		 * does not produce them anyway. */
		close(fd);
		RETURN_FALSE;
	default:
		close(fd);
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}

	sock = psock_php_socket_wrap(return_value, fd, ai->ai_family, 1);
	rc = do_connect ? connect(fd, ai->ai_addr, ai->ai_addrlen) : bind(fd, ai->ai_addr, ai->ai_addrlen);
	if (rc != 0) {
		psock_php_error(sock, do_connect ? "Unable to connect address" : "Unable to bind address", errno);
		/* The Socket's free handler closes the descriptor, once. */
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

PHP_FUNCTION(socket_addrinfo_connect)
{
	open_socket_for(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

PHP_FUNCTION(socket_addrinfo_bind)
{
	open_socket_for(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

/* The keys of explain()'s "ai_addr" sub-array for each family, as 8.2 names
 * them after the struct fields. A family not listed gives an empty array. */
static const struct {
	int family;
	const char *port_key;  /* NULL: the family has no port */
	const char *addr_key;
} sockaddr_keys[] = {
	{ AF_INET, "sin_port", "sin_addr" },
	{ AF_INET6, "sin6_port", "sin6_addr" },
	{ AF_UNIX, NULL, "sun_path" },
};

static void explain_sockaddr(zval *out, const struct addrinfo *ai)
{
	char text[PSOCK_ADDR_TEXT_MAX];
	size_t len, i;
	uint16_t port = 0;

	array_init(out);
	if (ai->ai_addr == NULL) {
		return;
	}
	for (i = 0; i < sizeof(sockaddr_keys) / sizeof(sockaddr_keys[0]); i++) {
		if (sockaddr_keys[i].family != ai->ai_family) {
			continue;
		}
		if (psock_addr_to_text(ai->ai_addr, ai->ai_addrlen, text, sizeof(text), &len, &port) < 0) {
			return;
		}
		if (sockaddr_keys[i].port_key) {
			add_assoc_long(out, sockaddr_keys[i].port_key, port);
		}
		add_assoc_stringl(out, sockaddr_keys[i].addr_key, text, len);
		return;
	}
}

PHP_FUNCTION(socket_addrinfo_explain)
{
	zval *zai, sockaddr;
	struct addrinfo *ai;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zai, address_info_ce)
	ZEND_PARSE_PARAMETERS_END();

	ai = psock_php_addrinfo_of(Z_OBJ_P(zai));
	array_init(return_value);
	add_assoc_long(return_value, "ai_flags", ai->ai_flags);
	add_assoc_long(return_value, "ai_family", ai->ai_family);
	add_assoc_long(return_value, "ai_socktype", ai->ai_socktype);
	add_assoc_long(return_value, "ai_protocol", ai->ai_protocol);
	if (ai->ai_canonname != NULL) {
		add_assoc_string(return_value, "ai_canonname", ai->ai_canonname);
	}
	explain_sockaddr(&sockaddr, ai);
	add_assoc_zval(return_value, "ai_addr", &sockaddr);
}
