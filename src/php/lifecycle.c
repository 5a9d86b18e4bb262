/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Creating, naming, connecting and closing sockets, their blocking mode,
 * and the error functions.
 */
#include "binding.h"
#include "compat.h"
#include "convert.h"
#include <fcntl.h>
#include <unistd.h>
#include <netinet/in.h>
#include <linux/if_packet.h>

/* Checks domain and type as the bundled module does, after taking
 * SOCK_NONBLOCK and SOCK_CLOEXEC (PHP 8.4) out of the type. socket_create()
 * takes AF_PACKET too (PHP 8.5's addition, ours on every version);
 * socket_create_pair() does not, as in 8.5: socketpair() has no AF_PACKET. */
static int check_domain_and_type(zend_long domain, zend_long type, bool packet_allowed)
{
	if (domain == AF_PACKET && packet_allowed) {
		/* allowed */
	} else if (domain != AF_UNIX && domain != AF_INET6 && domain != AF_INET) {
		zend_argument_value_error(1, "%s", packet_allowed ? psock_compat.create_domain_choices
				: "must be one of AF_UNIX, AF_INET6, or AF_INET");
		return 0;
	}
	if ((type & ~(zend_long)(SOCK_NONBLOCK | SOCK_CLOEXEC)) > 10) {
		zend_argument_value_error(2, "%s", psock_compat.type_choices);
		return 0;
	}
	return 1;
}

PHP_FUNCTION(socket_create)
{
	zend_long domain, type, protocol;
	int fd;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
	ZEND_PARSE_PARAMETERS_END();

	if (!check_domain_and_type(domain, type, true)) {
		RETURN_THROWS();
	}
	fd = socket((int)domain, (int)type, psock_addr_socket_protocol((int)domain, protocol));
	if (fd < 0) {
		psock_php_error(NULL, "Unable to create socket", errno);
		RETURN_FALSE;
	}
	psock_php_socket_wrap(return_value, fd, (int)domain, !(type & SOCK_NONBLOCK));
}

PHP_FUNCTION(socket_create_pair)
{
	zend_long domain, type, protocol;
	zval *pair, first, second, result;
	int fds[2];

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_LONG(domain)
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(protocol)
		Z_PARAM_ZVAL(pair)
	ZEND_PARSE_PARAMETERS_END();

	if (!check_domain_and_type(domain, type, false)) {
		RETURN_THROWS();
	}
	if (socketpair((int)domain, (int)type, psock_addr_socket_protocol((int)domain, protocol), fds) != 0) {
		psock_php_error(NULL, "Unable to create socket pair", errno);
		RETURN_FALSE;
	}
	psock_php_socket_wrap(&first, fds[0], (int)domain, !(type & SOCK_NONBLOCK));
	psock_php_socket_wrap(&second, fds[1], (int)domain, !(type & SOCK_NONBLOCK));
	/* The array is built first and stored before the variable's old value
	 * is destroyed (src/php/convert.h): a destructor that old value runs
	 * cannot reach a half-freed array through $pair. A typed reference that
	 * refuses an array throws, and the two sockets go with the array. */
	array_init_size(&result, 2);
	add_index_zval(&result, 0, &first);
	add_index_zval(&result, 1, &second);
	psock_php_assign_ref(pair, &result);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

/* listen() takes an int; the kernel caps the backlog at somaxconn anyway,
 * so a larger number is clamped, not truncated into another one (8.2
 * truncates: a backlog of 2**32 + 5 listens with 5). */
static int backlog_of(zend_long backlog)
{
	if (backlog > INT_MAX) {
		return INT_MAX;
	}
	if (backlog < INT_MIN) {
		return INT_MIN;
	}
	return (int)backlog;
}

/* What socket_bind() and socket_connect() do once their arguments are
 * checked: build the address for the socket's family and hand it to bind()
 * or connect(). Returns 1, 0 after a warning (the socket's error set), or
 * -1 with an exception pending. */
static int address_call(php_socket *sock, zend_string *addr, zend_long port,
		int (*call)(int, const struct sockaddr *, socklen_t), const char *failure)
{
	psock_addr sa;

	if (!psock_php_addr_from_zend(sock, addr, (uint16_t)port, 2, &sa)) {
		return EG(exception) ? -1 : 0;
	}
	if (call(sock->bsd_socket, &sa.u.sa, sa.len) != 0) {
		psock_php_error(sock, failure, errno);
		return 0;
	}
	return 1;
}

PHP_FUNCTION(socket_create_listen)
{
	zend_long port, backlog = psock_compat.listen_backlog;
	struct sockaddr_in sin;
	int fd;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(port)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	if (!psock_php_check_port(port, 1)) {
		RETURN_THROWS();
	}
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0) {
		psock_php_error(NULL, "unable to create listening socket", errno);
		RETURN_FALSE;
	}
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	sin.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) != 0) {
		psock_php_error(NULL, "unable to bind to given address", errno);
		close(fd);
		RETURN_FALSE;
	}
	if (listen(fd, backlog_of(backlog)) != 0) {
		psock_php_error(NULL, "unable to listen on socket", errno);
		close(fd);
		RETURN_FALSE;
	}
	psock_php_socket_wrap(return_value, fd, AF_INET, 1);
}

PHP_FUNCTION(socket_bind)
{
	zval *zsock;
	zend_string *addr;
	zend_long port = 0;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STR(addr)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (sock->type != AF_UNIX && !psock_php_check_port(port, 3)) {
		RETURN_THROWS();
	}
	if (sock->type != AF_UNIX && sock->type != AF_INET && sock->type != AF_INET6
			&& sock->type != AF_PACKET) {
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}
	switch (address_call(sock, addr, port, bind, "Unable to bind address")) {
	case -1:
		RETURN_THROWS();
	case 0:
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_connect)
{
	zval *zsock;
	zend_string *addr;
	zend_long port = 0;
	bool port_is_null = 1;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_STR(addr)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(port, port_is_null)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	switch (sock->type) {
	case AF_INET:
	case AF_INET6:
		if (!psock_php_check_ip_port(sock, port, port_is_null, 3)) {
			RETURN_THROWS();
		}
		break;
	case AF_UNIX:
		break;
	default:
		zend_argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
		RETURN_THROWS();
	}
	switch (address_call(sock, addr, port, connect, "unable to connect")) {
	case -1:
		RETURN_THROWS();
	case 0:
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_listen)
{
	zval *zsock;
	zend_long backlog = 0;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(backlog)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (listen(sock->bsd_socket, backlog_of(backlog)) != 0) {
		psock_php_error(sock, "unable to listen on socket", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_accept)
{
	zval *zsock;
	php_socket *sock;
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int fd;
	bool nonblocking;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	/* accept() never passes O_NONBLOCK on; PHP 8.5 gives the new socket the
	 * listener's non-blocking mode. */
	nonblocking = psock_compat.accept_inherits_nonblocking && !sock->blocking;
	fd = accept4(sock->bsd_socket, (struct sockaddr *)&ss, &len, nonblocking ? SOCK_NONBLOCK : 0);
	if (fd < 0) {
		/* Only the global error, as 8.2 records it (on the Socket it
		 * would have returned): the listener's own stays as it was, so
		 * an "accept until false" loop leaves it usable by extensions
		 * that refuse a socket whose error is set. */
		psock_php_error(NULL, "unable to accept incoming connection", errno);
		RETURN_FALSE;
	}
	psock_php_socket_wrap(return_value, fd, len > 0 ? ss.ss_family : sock->type, !nonblocking);
}

PHP_FUNCTION(socket_close)
{
	zval *zsock;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	psock_php_socket_close(sock);
}

PHP_FUNCTION(socket_shutdown)
{
	zval *zsock;
	zend_long how = 2;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(how)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	if (psock_compat.shutdown_mode_value_error && (how < SHUT_RD || how > SHUT_RDWR)) {
		zend_argument_value_error(2, "must be one of SHUT_RD, SHUT_WR or SHUT_RDWR");
		RETURN_THROWS();
	}
	/* An out-of-range mode reaches the kernel as an invalid one (EINVAL),
	 * as in 8.2, instead of being truncated into a valid one. */
	if (shutdown(sock->bsd_socket, (how < 0 || how > 2) ? -1 : (int)how) != 0) {
		psock_php_error(sock, "Unable to shutdown socket", errno);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

static int set_blocking(php_socket *sock, int blocking)
{
	int flags = fcntl(sock->bsd_socket, F_GETFL);

	if (flags < 0) {
		return -errno;
	}
	flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
	if (fcntl(sock->bsd_socket, F_SETFL, flags) < 0) {
		return -errno;
	}
	return 0;
}

static void set_mode(INTERNAL_FUNCTION_PARAMETERS, int blocking)
{
	zval *zsock;
	php_socket *sock;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	/* A stream sharing the descriptor keeps its own idea of the mode. */
	if (!Z_ISUNDEF(sock->zstream)) {
		php_stream *stream = zend_fetch_resource2_ex(&sock->zstream, NULL,
				php_file_le_stream(), php_file_le_pstream());
		if (stream != NULL) {
			php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, blocking, NULL);
		}
	}
	rc = set_blocking(sock, blocking);
	if (rc < 0) {
		psock_php_error(sock, blocking ? "unable to set blocking mode" : "unable to set nonblocking mode", -rc);
		RETURN_FALSE;
	}
	sock->blocking = blocking;
	RETURN_TRUE;
}

PHP_FUNCTION(socket_set_nonblock)
{
	set_mode(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

PHP_FUNCTION(socket_set_block)
{
	set_mode(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

static void get_name(INTERNAL_FUNCTION_PARAMETERS, int peer)
{
	zval *zsock, *addr, *port = NULL;
	php_socket *sock;
	psock_addr sa;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_ZVAL(addr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(port)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	sa.len = sizeof(sa.u);
	rc = peer ? getpeername(sock->bsd_socket, &sa.u.sa, &sa.len)
	          : getsockname(sock->bsd_socket, &sa.u.sa, &sa.len);
	if (rc != 0) {
		psock_php_error(sock, peer ? "unable to retrieve peer name" : "unable to retrieve socket name", errno);
		RETURN_FALSE;
	}
	if (!psock_php_assign_addr(&sa.u.sa, sa.len, addr, port)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(socket_getsockname)
{
	get_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

PHP_FUNCTION(socket_getpeername)
{
	get_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

PHP_FUNCTION(socket_last_error)
{
	zval *zsock = NULL;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock) {
		sock = Z_SOCKET_P(zsock);
		ENSURE_SOCKET_VALID(sock);
		RETURN_LONG(sock->error);
	}
	RETURN_LONG(SOCKETS_G(last_error));
}

PHP_FUNCTION(socket_clear_error)
{
	zval *zsock = NULL;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	if (zsock) {
		sock = Z_SOCKET_P(zsock);
		ENSURE_SOCKET_VALID(sock);
		sock->error = 0;
	} else {
		SOCKETS_G(last_error) = 0;
	}
}

PHP_FUNCTION(socket_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	if (!psock_php_check_int_arg(code, 1)) {
		RETURN_THROWS();
	}
	RETURN_STRING(psock_strerror((int)code));
}
