/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Vectored I/O, revived from PHP 4.1: the SocketIovec class, the
 * socket_iovec_* functions that build and inspect a vector of buffers, and
 * socket_readv()/socket_writev(), each exactly one readv()/writev() call.
 * The vector itself is src/core/iov.c; this file parses arguments, turns
 * core error codes into PHP 8's ValueErrors and reports I/O errors the way
 * socket_read()/socket_write() do.
 */
#include "binding.h"
#include "core/iov.h"

zend_class_entry *socket_iovec_ce;

static zend_object_handlers socket_iovec_handlers;

typedef struct {
	psock_iov iov;
	/* Set by socket_iovec_free(): the object lives on (the script may still
	 * hold it) but every later use throws, as a closed Socket does. */
	bool freed;
	zend_object std;
} php_iovec;

static inline php_iovec *iovec_from_obj(zend_object *obj)
{
	return (php_iovec *)((char *)obj - XtOffsetOf(php_iovec, std));
}

#define Z_IOVEC_P(zv) iovec_from_obj(Z_OBJ_P(zv))

/* The buffers come from the request allocator, so they count against
 * memory_limit like any PHP string, and an allocation beyond it is PHP's
 * usual "Allowed memory size exhausted" fatal error. emalloc() and friends
 * are macros, hence these wrappers. */
static void *iov_emalloc(size_t size)
{
	return emalloc(size);
}

static void *iov_ecalloc(size_t size)
{
	return ecalloc(1, size);
}

static void *iov_erealloc(void *ptr, size_t size)
{
	return erealloc(ptr, size);
}

static void iov_efree(void *ptr)
{
	efree(ptr);
}

static const psock_iov_allocator request_allocator = {
	iov_emalloc, iov_ecalloc, iov_erealloc, iov_efree
};

static zend_object *socket_iovec_create_object(zend_class_entry *ce)
{
	php_iovec *iv = zend_object_alloc(sizeof(php_iovec), ce);

	zend_object_std_init(&iv->std, ce);
	object_properties_init(&iv->std, ce);
	iv->std.handlers = &socket_iovec_handlers;
	psock_iov_init(&iv->iov, &request_allocator);
	iv->freed = 0;
	return &iv->std;
}

static zend_function *socket_iovec_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct SocketIovec, use socket_iovec_alloc() instead");
	return NULL;
}

static void socket_iovec_free_object(zend_object *object)
{
	php_iovec *iv = iovec_from_obj(object);

	psock_iov_release(&iv->iov);
	zend_object_std_dtor(&iv->std);
}

void psock_php_register_iovec_class(zend_class_entry *ce)
{
	socket_iovec_ce = ce;
	socket_iovec_ce->create_object = socket_iovec_create_object;
	memcpy(&socket_iovec_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	socket_iovec_handlers.offset = XtOffsetOf(php_iovec, std);
	socket_iovec_handlers.free_obj = socket_iovec_free_object;
	socket_iovec_handlers.get_constructor = socket_iovec_get_constructor;
	socket_iovec_handlers.clone_obj = NULL;
	socket_iovec_handlers.compare = zend_objects_not_comparable;
}

/* The vector of a SocketIovec argument, or NULL after throwing the Error
 * for one that socket_iovec_free() released. */
static psock_iov *iovec_arg(zval *zv, uint32_t arg_num)
{
	php_iovec *iv = Z_IOVEC_P(zv);

	if (iv->freed) {
		zend_argument_error(NULL, arg_num, "has already been freed");
		return NULL;
	}
	return &iv->iov;
}

/* Converts a PHP buffer index, throwing the ValueError for one outside
 * 0..count-1. Returns 0 after throwing. */
static int index_arg(const psock_iov *v, zend_long index, uint32_t arg_num, size_t *out)
{
	if (index < 0 || (zend_ulong)index >= v->count) {
		if (v->count == 0) {
			zend_argument_value_error(arg_num, "must be a valid index, the iovec has no buffers");
		} else {
			zend_argument_value_error(arg_num, "must be between 0 and %zu", v->count - 1);
		}
		return 0;
	}
	*out = (size_t)index;
	return 1;
}

/* Checks a buffer length argument; throws and returns 0 when it is out of
 * range. */
static int length_arg(zend_long length, uint32_t arg_num)
{
	if (length < 0 || (zend_ulong)length > PSOCK_IOV_LEN_MAX) {
		zend_argument_value_error(arg_num, "must be between 0 and %zu", PSOCK_IOV_LEN_MAX);
		return 0;
	}
	return 1;
}

PHP_FUNCTION(socket_iovec_alloc)
{
	/* The converted lengths: at most PSOCK_IOV_MAX once count is checked. */
	zend_long count, lens[PSOCK_IOV_MAX];
	zval *lengths = NULL;
	uint32_t given = 0, i;
	php_iovec *iv;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_LONG(count)
		Z_PARAM_VARIADIC('*', lengths, given)
	ZEND_PARSE_PARAMETERS_END();

	if (count < 0 || count > PSOCK_IOV_MAX) {
		zend_argument_value_error(1, "must be between 0 and %d", PSOCK_IOV_MAX);
		RETURN_THROWS();
	}
	if ((zend_ulong)count != given) {
		zend_argument_value_error(1, "must be equal to the number of lengths given (%u)", given);
		RETURN_THROWS();
	}
	/* Every length is checked before anything is allocated, so a bad one
	 * costs nothing. The variadic arguments arrive unconverted: coerce each
	 * as an int parameter would be. */
	for (i = 0; i < given; i++) {
		if (!zend_parse_arg_long(&lengths[i], &lens[i], NULL, 0, i + 2)) {
			if (!EG(exception)) {
				zend_wrong_parameter_type_error(i + 2, Z_EXPECTED_LONG, &lengths[i]);
			}
			RETURN_THROWS();
		}
		if (!length_arg(lens[i], i + 2)) {
			RETURN_THROWS();
		}
	}
	/* A deprecation turned into an exception by an error handler. */
	if (EG(exception)) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, socket_iovec_ce);
	iv = Z_IOVEC_P(return_value);
	for (i = 0; i < given; i++) {
		/* Cannot fail: the count and every length were checked, and the
		 * request allocator does not return without memory. */
		psock_iov_add(&iv->iov, (size_t)lens[i]);
	}
}

PHP_FUNCTION(socket_iovec_add)
{
	zval *ziov;
	zend_long length;
	psock_iov *v;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	if ((v = iovec_arg(ziov, 1)) == NULL) {
		RETURN_THROWS();
	}
	if (!length_arg(length, 2)) {
		RETURN_THROWS();
	}
	if (psock_iov_add(v, (size_t)length) == -E2BIG) {
		zend_argument_value_error(1, "cannot hold more than %d buffers", PSOCK_IOV_MAX);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_delete)
{
	zval *ziov;
	zend_long index;
	psock_iov *v;
	size_t at = 0;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
		Z_PARAM_LONG(index)
	ZEND_PARSE_PARAMETERS_END();

	if ((v = iovec_arg(ziov, 1)) == NULL || !index_arg(v, index, 2, &at)) {
		RETURN_THROWS();
	}
	psock_iov_delete(v, at);
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_fetch)
{
	zval *ziov;
	zend_long index;
	psock_iov *v;
	const void *data;
	size_t at = 0, len = 0;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
		Z_PARAM_LONG(index)
	ZEND_PARSE_PARAMETERS_END();

	if ((v = iovec_arg(ziov, 1)) == NULL || !index_arg(v, index, 2, &at)) {
		RETURN_THROWS();
	}
	psock_iov_get(v, at, &data, &len);
	if (len == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL((const char *)data, len);
}

PHP_FUNCTION(socket_iovec_set)
{
	zval *ziov;
	zend_long index;
	zend_string *data;
	psock_iov *v;
	size_t at = 0;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
		Z_PARAM_LONG(index)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	if ((v = iovec_arg(ziov, 1)) == NULL || !index_arg(v, index, 2, &at)) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(data) > PSOCK_IOV_LEN_MAX) {
		zend_argument_value_error(3, "must not be longer than %zu bytes", PSOCK_IOV_LEN_MAX);
		RETURN_THROWS();
	}
	psock_iov_set(v, at, ZSTR_VAL(data), ZSTR_LEN(data));
	RETURN_TRUE;
}

PHP_FUNCTION(socket_iovec_free)
{
	zval *ziov;
	psock_iov *v;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
	ZEND_PARSE_PARAMETERS_END();

	if ((v = iovec_arg(ziov, 1)) == NULL) {
		RETURN_THROWS();
	}
	psock_iov_release(v);
	Z_IOVEC_P(ziov)->freed = 1;
	RETURN_TRUE;
}

/* What socket_readv() and socket_writev() share: the same arguments and
 * checks, one system call, and socket_read()/socket_write()'s reporting. */
static void transfer(INTERNAL_FUNCTION_PARAMETERS, int writing)
{
	zval *zsock, *ziov;
	php_socket *sock;
	psock_iov *v;
	ssize_t done;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_OBJECT_OF_CLASS(ziov, socket_iovec_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if ((v = iovec_arg(ziov, 2)) == NULL) {
		RETURN_THROWS();
	}
	done = writing ? psock_iov_writev(sock->bsd_socket, v) : psock_iov_readv(sock->bsd_socket, v);
	if (done < 0) {
		psock_php_error(sock, writing ? "unable to write to socket" : "unable to read from socket",
				(int)-done);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)done);
}

PHP_FUNCTION(socket_readv)
{
	transfer(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

PHP_FUNCTION(socket_writev)
{
	transfer(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}
