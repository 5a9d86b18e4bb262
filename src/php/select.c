/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_select() and socket_atmark().
 *
 * socket_select() keeps PHP 8.2's interface (three arrays by reference,
 * reduced to the ready sockets with their keys) but waits with poll()
 * through src/core/pollset.c, so it has no FD_SETSIZE limit: 8.2 refuses
 * any descriptor above 1023, this takes any number of any descriptor.
 */
#include "binding.h"
#include "core/pollset.h"
#include <sys/ioctl.h>
#include <sys/socket.h>

/* add_array()'s result when it has thrown (its errors are -errno). */
#define ADD_THREW 1

/* Adds every socket of one array to the set, checking each element as 8.2
 * does, and counts them into *count. Returns 0, ADD_THREW, or -ENOMEM when
 * the set could not grow. */
static int add_array(psock_pollset *ps, uint32_t arg_num, zval *array, unsigned interest, int *count)
{
	zval *element;
	int rc;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(array), element) {
		php_socket *sock;

		ZVAL_DEREF(element);
		if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != socket_ce) {
			zend_argument_type_error(arg_num, "must only have elements of type Socket, %s given",
					zend_zval_type_name(element));
			return ADD_THREW;
		}
		sock = Z_SOCKET_P(element);
		if (IS_INVALID_SOCKET(sock)) {
			zend_argument_type_error(arg_num, "contains a closed socket");
			return ADD_THREW;
		}
		rc = psock_pollset_add(ps, sock->bsd_socket, interest);
		if (rc < 0) {
			return rc;
		}
		(*count)++;
	} ZEND_HASH_FOREACH_END();
	return 0;
}

/* Replaces the array with one holding only its sockets that are ready for
 * `interest`, under their original keys. */
static void keep_ready(const psock_pollset *ps, zval *array, unsigned interest)
{
	zval result, *element;
	zend_ulong index;
	zend_string *key;

	array_init(&result);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(array), index, key, element) {
		ZVAL_DEREF(element);
		/* The array may have been reduced already when the same variable
		 * was passed for two sets; it still holds only sockets. */
		if (Z_TYPE_P(element) != IS_OBJECT || Z_OBJCE_P(element) != socket_ce) {
			continue;
		}
		if (!(psock_pollset_ready(ps, psock_pollset_find(ps, Z_SOCKET_P(element)->bsd_socket)) & interest)) {
			continue;
		}
		Z_ADDREF_P(element);
		if (key) {
			zend_hash_update(Z_ARRVAL(result), key, element);
		} else {
			zend_hash_index_update(Z_ARRVAL(result), index, element);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(array);
	ZVAL_COPY_VALUE(array, &result);
}

/* Kept across calls, so that a select loop allocates nothing per call;
 * freed when the module shuts down. */
ZEND_TLS psock_pollset select_set;

void psock_php_select_shutdown(void)
{
	psock_pollset_free(&select_set);
}

PHP_FUNCTION(socket_select)
{
	zval *arrays[3] = {NULL, NULL, NULL};
	static const unsigned interests[3] = {PSOCK_POLL_READ, PSOCK_POLL_WRITE, PSOCK_POLL_EXCEPT};
	zend_long sec = 0, usec = 0;
	bool sec_is_null = 0;
	struct timespec timeout;
	psock_pollset *ps = &select_set;
	int sockets = 0, rc, i;

	ZEND_PARSE_PARAMETERS_START(4, 5)
		Z_PARAM_ARRAY_EX2(arrays[0], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays[1], 1, 1, 0)
		Z_PARAM_ARRAY_EX2(arrays[2], 1, 1, 0)
		Z_PARAM_LONG_OR_NULL(sec, sec_is_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(usec)
	ZEND_PARSE_PARAMETERS_END();

	psock_pollset_reset(ps);
	{
		size_t n = 0;
		for (i = 0; i < 3; i++) {
			if (arrays[i]) n += zend_hash_num_elements(Z_ARRVAL_P(arrays[i]));
		}
		if (n && psock_pollset_reserve(ps, n) < 0) {
			psock_pollset_reset(ps);
			psock_php_error(NULL, "Unable to select", ENOMEM);
			RETURN_FALSE;
		}
	}
	for (i = 0; i < 3; i++) {
		if (arrays[i]) {
			rc = add_array(ps, (uint32_t)i + 1, arrays[i], interests[i], &sockets);
			if (rc == ADD_THREW) {
				psock_pollset_reset(ps);
				RETURN_THROWS();
			}
			if (rc < 0) {
				psock_pollset_reset(ps);
				psock_php_error(NULL, "Unable to select", -rc);
				RETURN_FALSE;
			}
		}
	}
	if (sockets == 0) {
		psock_pollset_reset(ps);
		zend_value_error("socket_select(): At least one array argument must be passed");
		RETURN_THROWS();
	}
	rc = sec_is_null ? 0 : psock_select_timeout(sec, usec, &timeout);
	if (rc == 0) {
		rc = psock_pollset_wait(ps, sec_is_null ? NULL : &timeout);
	}
	if (rc < 0) {
		/* Like 8.2, a failed select leaves the arrays as they were and
		 * records the error globally, not on any one socket. */
		psock_pollset_reset(ps);
		psock_php_error(NULL, "Unable to select", -rc);
		RETURN_FALSE;
	}
	for (i = 0; i < 3; i++) {
		if (arrays[i]) {
			keep_ready(ps, arrays[i], interests[i]);
		}
	}
	psock_pollset_reset(ps);
	RETURN_LONG(rc);
}

PHP_FUNCTION(socket_atmark)
{
	zval *zsock;
	php_socket *sock;
	int at_mark = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	/* PHP 8.3's function: whether the next byte to read is the one that
	 * was sent out of band (the urgent mark). This is sockatmark(), with
	 * the answer initialised here so that memory checkers do not take the
	 * kernel's output for an uninitialised input. */
	if (ioctl(sock->bsd_socket, SIOCATMARK, &at_mark) < 0) {
		psock_php_error(sock, "Unable to apply sockmark", errno);
		RETURN_FALSE;
	}
	RETURN_BOOL(at_mark);
}
