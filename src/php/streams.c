/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * socket_import_stream() and socket_export_stream(): a Socket and a PHP
 * socket stream sharing one descriptor.
 *
 * The Socket keeps a reference to the stream in php_socket.zstream, as 8.2
 * does, whichever direction the sharing was made in. That one field decides
 * who closes the descriptor: while it is set, the stream owns the descriptor
 * and the Socket only drops its reference when freed (socket_object.c);
 * socket_close() closes through the stream (psock_php_socket_close()).
 */
#include "binding.h"
#include "ext/standard/file.h"
#include "php_network.h"
#include <netinet/in.h>

PHP_FUNCTION(socket_import_stream)
{
	zval *zstream;
	php_stream *stream;
	php_socket_t fd = -1;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_RESOURCE(zstream)
	ZEND_PARSE_PARAMETERS_END();

	php_stream_from_zval(stream, zstream);

	/* The cast fails, with PHP's own warning ("Cannot represent a stream of
	 * type MEMORY as a Socket Descriptor"), for every stream that is not a
	 * socket: files, php://memory, pipes. */
	if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD, (void **)&fd, REPORT_ERRORS) != SUCCESS) {
		RETURN_FALSE;
	}

	object_init_ex(return_value, socket_ce);
	sock = Z_SOCKET_P(return_value);
	if (!socket_import_file_descriptor(fd, sock)) {
		/* The descriptor is the stream's: the Socket about to be freed must
		 * not close it (8.2 does, leaving the stream on a closed fd). */
		sock->bsd_socket = -1;
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
	ZVAL_COPY(&sock->zstream, zstream);

	/* From now on the Socket reads the descriptor directly; bytes the stream
	 * buffered later would be invisible to it, so the stream stops
	 * buffering (as in 8.2). */
	php_stream_set_option(stream, PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE, NULL);
}

static int socket_int_option(int fd, int name)
{
	int value = -1;
	socklen_t len = sizeof(value);

	if (getsockopt(fd, SOL_SOCKET, name, &value, &len) != 0) {
		return -1;
	}
	return value;
}

/* The transport whose stream type an exported socket gets, the same choice
 * as 8.2: TCP, UDP, unix stream and unix datagram sockets get the stream of
 * their registered transport ("tcp_socket", "udp_socket", "unix_socket",
 * "udg_socket"), anything else (SOCK_SEQPACKET, SOCK_RAW, SCTP, other
 * families) NULL, for a "generic_socket" stream. */
static const char *export_transport(const php_socket *sock)
{
	int type = socket_int_option(sock->bsd_socket, SO_TYPE);

	switch (sock->type) {
	case AF_INET:
	case AF_INET6:
		if (type == SOCK_STREAM) {
			return socket_int_option(sock->bsd_socket, SO_PROTOCOL) == IPPROTO_TCP ? "tcp://" : NULL;
		}
		return type == SOCK_DGRAM ? "udp://" : NULL;
	case AF_UNIX:
		if (type == SOCK_STREAM) {
			return "unix://";
		}
		return type == SOCK_DGRAM ? "udg://" : NULL;
	default:
		return NULL;
	}
}

PHP_FUNCTION(socket_export_stream)
{
	zval *zsock;
	php_socket *sock;
	php_stream *stream = NULL;
	php_netstream_data_t *data;
	const char *transport;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);

	/* A socket exported before, or imported from a stream, has its stream:
	 * the same resource is returned every time (even one fclose()d since,
	 * as 8.2 does). */
	if (!Z_ISUNDEF(sock->zstream)) {
		RETURN_COPY(&sock->zstream);
	}

	/* A transport's factory, called without connect or bind flags, only
	 * allocates the stream; the descriptor is filled in below. */
	transport = export_transport(sock);
	if (transport != NULL) {
		stream = php_stream_xport_create(transport, strlen(transport), 0, 0, NULL, NULL, NULL, NULL, NULL);
	}
	if (stream == NULL) {
		stream = php_stream_sock_open_from_socket(sock->bsd_socket, NULL);
		if (stream == NULL) {
			php_error_docref(NULL, E_WARNING, "Failed to create stream");
			RETURN_FALSE;
		}
	}

	/* Every socket transport's private data starts with php_netstream_data_t
	 * (OpenSSL's "tcp_socket/ssl" included). */
	data = (php_netstream_data_t *)stream->abstract;
	data->socket = sock->bsd_socket;
	data->is_blocked = sock->blocking;
	data->timeout.tv_sec = FG(default_socket_timeout);
	data->timeout.tv_usec = 0;

	psock_php_select_forget(sock);
	php_stream_to_zval(stream, &sock->zstream);
	RETURN_COPY(&sock->zstream);
}
