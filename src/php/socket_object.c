/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The Socket and AddressInfo classes. SocketIovec's handlers live with the
 * rest of the vectored I/O in iovec.c.
 */
#include "binding.h"
#include "ext/standard/file.h"
#include <netdb.h>
#include <unistd.h>

PHP_SOCKETS_API zend_class_entry *socket_ce;
zend_class_entry *address_info_ce;

static zend_object_handlers socket_handlers;
static zend_object_handlers address_info_handlers;

typedef struct {
	struct addrinfo addrinfo;
	zend_object std;
} php_addrinfo;

static zend_object *socket_create_object(zend_class_entry *ce)
{
	php_socket *sock = zend_object_alloc(sizeof(php_socket), ce);

	zend_object_std_init(&sock->std, ce);
	object_properties_init(&sock->std, ce);
	sock->std.handlers = &socket_handlers;
	sock->bsd_socket = -1;
	sock->type = AF_UNSPEC;
	sock->error = 0;
	sock->blocking = 1;
	ZVAL_UNDEF(&sock->zstream);
	return &sock->std;
}

static zend_function *socket_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct Socket, use socket_create() instead");
	return NULL;
}

static void socket_free_object(zend_object *object)
{
	php_socket *sock = socket_from_obj(object);

	psock_php_select_forget(sock);
	/* A socket that came from or went to a stream shares the descriptor
	 * with it: the stream closes it when its last reference goes. */
	if (Z_ISUNDEF(sock->zstream)) {
		if (!IS_INVALID_SOCKET(sock)) {
			close(sock->bsd_socket);
			sock->bsd_socket = -1;
		}
	} else {
		zval_ptr_dtor(&sock->zstream);
		ZVAL_UNDEF(&sock->zstream);
	}
	zend_object_std_dtor(&sock->std);
}

static HashTable *socket_get_gc(zend_object *object, zval **table, int *n)
{
	php_socket *sock = socket_from_obj(object);

	*table = &sock->zstream;
	*n = 1;
	return zend_std_get_properties(object);
}

php_socket *psock_php_socket_wrap(zval *zv, int fd, int family, int blocking)
{
	php_socket *sock;

	object_init_ex(zv, socket_ce);
	sock = Z_SOCKET_P(zv);
	sock->bsd_socket = fd;
	sock->type = family;
	sock->blocking = blocking;
	return sock;
}

void psock_php_socket_close(php_socket *sock)
{
	psock_php_select_forget(sock);
	if (!Z_ISUNDEF(sock->zstream)) {
		php_stream *stream = NULL;

		php_stream_from_zval_no_verify(stream, &sock->zstream);
		if (stream != NULL) {
			/* Closes the descriptor and the stream; the resource stays
			 * (invalid) for whoever still holds it. */
			php_stream_free(stream, PHP_STREAM_FREE_KEEP_RSRC | PHP_STREAM_FREE_CLOSE
					| (stream->is_persistent ? PHP_STREAM_FREE_CLOSE_PERSISTENT : 0));
		}
		zval_ptr_dtor(&sock->zstream);
		ZVAL_UNDEF(&sock->zstream);
	} else if (!IS_INVALID_SOCKET(sock)) {
		close(sock->bsd_socket);
	}
	sock->bsd_socket = -1;
}

/* AddressInfo */

static zend_object *address_info_create_object(zend_class_entry *ce)
{
	php_addrinfo *ai = zend_object_alloc(sizeof(php_addrinfo), ce);

	zend_object_std_init(&ai->std, ce);
	object_properties_init(&ai->std, ce);
	ai->std.handlers = &address_info_handlers;
	memset(&ai->addrinfo, 0, sizeof(ai->addrinfo));
	return &ai->std;
}

static zend_function *address_info_get_constructor(zend_object *object)
{
	zend_throw_error(NULL, "Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead");
	return NULL;
}

static void address_info_free_object(zend_object *object)
{
	php_addrinfo *ai = (php_addrinfo *)((char *)object - XtOffsetOf(php_addrinfo, std));

	if (ai->addrinfo.ai_canonname) {
		efree(ai->addrinfo.ai_canonname);
	}
	if (ai->addrinfo.ai_addr) {
		efree(ai->addrinfo.ai_addr);
	}
	zend_object_std_dtor(&ai->std);
}

struct addrinfo *psock_php_addrinfo_of(zend_object *object)
{
	return &((php_addrinfo *)((char *)object - XtOffsetOf(php_addrinfo, std)))->addrinfo;
}

void psock_php_register_classes(zend_class_entry *socket, zend_class_entry *addrinfo,
		zend_class_entry *iovec)
{
	socket_ce = socket;
	socket_ce->create_object = socket_create_object;
	memcpy(&socket_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	socket_handlers.offset = XtOffsetOf(php_socket, std);
	socket_handlers.free_obj = socket_free_object;
	socket_handlers.get_constructor = socket_get_constructor;
	socket_handlers.clone_obj = NULL;
	socket_handlers.get_gc = socket_get_gc;
	socket_handlers.compare = zend_objects_not_comparable;

	address_info_ce = addrinfo;
	address_info_ce->create_object = address_info_create_object;
	memcpy(&address_info_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	address_info_handlers.offset = XtOffsetOf(php_addrinfo, std);
	address_info_handlers.free_obj = address_info_free_object;
	address_info_handlers.get_constructor = address_info_get_constructor;
	address_info_handlers.clone_obj = NULL;
	address_info_handlers.compare = zend_objects_not_comparable;

	psock_php_register_iovec_class(iovec);
}
