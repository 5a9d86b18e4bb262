/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the binding files share: the classes, the one error reporter, and
 * the conversions between zvals and core types that several areas need.
 */
#ifndef PSOCK_BINDING_H
#define PSOCK_BINDING_H

#include "php.h"
#include "php_sockets.h"
#include "core/addr.h"
#include "core/errors.h"

extern zend_class_entry *address_info_ce;
extern zend_class_entry *socket_iovec_ce;

/* socket_object.c */
void psock_php_register_classes(zend_class_entry *socket, zend_class_entry *addrinfo,
		zend_class_entry *iovec);

/* Makes return_value (or any zval) a new Socket around fd, which it now owns. */
php_socket *psock_php_socket_wrap(zval *zv, int fd, int family, int blocking);

/* Closes the descriptor (through the stream when one is attached) and marks
 * the socket closed. Safe to call twice. */
void psock_php_socket_close(php_socket *sock);

/* The struct addrinfo inside an AddressInfo object (ai_addr and
 * ai_canonname are emalloc'd and freed with the object). */
struct addrinfo *psock_php_addrinfo_of(zend_object *object);

/* select.c: frees what socket_select() keeps across calls. */
void psock_php_select_shutdown(void);

/* select.c: drops the socket's registration in socket_select()'s kept epoll
 * set. Every path that closes a socket's descriptor, or hands it to a
 * stream, calls it first (see src/core/epollset.h). */
void psock_php_select_forget(php_socket *sock);

/* select.c: the sockets.select_backend setting, and what phpinfo() shows. */
ZEND_INI_MH(psock_php_select_backend_update);
const char *psock_php_select_backend_info(char *buf, size_t len);

/* iovec.c */
void psock_php_register_iovec_class(zend_class_entry *ce);

/* errors.c */

/* Records err on the socket (when not NULL) and as the global last error,
 * and warns "<msg> [<err>]: <text>" unless err means "try again" (EAGAIN,
 * EWOULDBLOCK, EINPROGRESS). err is an errno value, or a host lookup code
 * (PSOCK_HOST_ERROR). */
void psock_php_error(php_socket *sock, const char *msg, int err);

/* Records err without any warning. */
static inline void psock_php_set_error(php_socket *sock, int err)
{
	if (sock) {
		sock->error = err;
	}
	SOCKETS_G(last_error) = err;
}

/* Throws the ValueError for a port outside 0..65535 (PHP 8.4's wording) and
 * returns 0; returns 1 for a valid port. */
int psock_php_check_port(zend_long port, uint32_t arg_num);

/* An AF_INET/AF_INET6 destination needs a port: 8.2's ValueError when it is
 * null, PHP 8.4's when it is out of range. Returns 1 when it is fine. */
int psock_php_check_ip_port(php_socket *sock, zend_long port, bool port_is_null, uint32_t arg_num);

/* Builds the address for `sock` from a PHP string and port. On failure it
 * has already thrown (ValueError for a too-long unix path, named after
 * arg_num) or warned (host lookup), and returns 0. */
int psock_php_addr_from_zend(php_socket *sock, zend_string *text, uint16_t port,
		uint32_t arg_num, psock_addr *out);

/* Assigns the host text and (when port_ref is not NULL) the port of an
 * address to by-reference zvals. Returns 0 for a family the module cannot
 * express (after warning), 1 otherwise. */
int psock_php_assign_addr(const struct sockaddr *sa, socklen_t salen, zval *addr_ref, zval *port_ref);

/* The address family of a descriptor, or -errno. */
int psock_socket_family(int fd);

#endif
