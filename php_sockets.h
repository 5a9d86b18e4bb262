/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The public C interface of the sockets module.
 *
 * Other extensions (and the bundled module's users) compile against this
 * header and compute field offsets from it, so the php_socket layout, the
 * module globals and the exported symbols are exactly those of the bundled
 * ext/sockets/php_sockets.h of the PHP it is built for (8.2, 8.4 or 8.5; the
 * one difference between them is marked below). Nothing may be added to
 * php_socket: state this module needs beyond these fields lives elsewhere.
 */
#ifndef PHP_SOCKETS_H
#define PHP_SOCKETS_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <php.h>
#include <errno.h>
#include <sys/socket.h>

/* The version this module reports; PHP_SOCKETS_VERSION stays PHP's for
 * code that compares it the way it does with the bundled module. */
#define PSOCK_VERSION "1.0.0"
#define PHP_SOCKETS_VERSION PHP_VERSION

extern zend_module_entry sockets_module_entry;
#define phpext_sockets_ptr &sockets_module_entry

typedef int PHP_SOCKET;

#if defined(__GNUC__) && __GNUC__ >= 4
# define PHP_SOCKETS_API __attribute__ ((visibility("default")))
#else
# define PHP_SOCKETS_API
#endif

#define IS_INVALID_SOCKET(a) ((a)->bsd_socket < 0)

typedef struct {
	PHP_SOCKET  bsd_socket;
	int         type;       /* the address family, e.g. AF_INET */
	int         error;      /* what socket_last_error($socket) reports */
	int         blocking;
	zval        zstream;    /* the stream this socket came from or was exported to */
	zend_object std;
} php_socket;

extern PHP_SOCKETS_API zend_class_entry *socket_ce;

static inline php_socket *socket_from_obj(zend_object *obj) {
	return (php_socket *)((char *)(obj) - XtOffsetOf(php_socket, std));
}

#define Z_SOCKET_P(zv) socket_from_obj(Z_OBJ_P(zv))

#define ENSURE_SOCKET_VALID(php_sock) do { \
	if (IS_INVALID_SOCKET(php_sock)) { \
		zend_argument_error(NULL, 1, "has already been closed"); \
		RETURN_THROWS(); \
	} \
} while (0)

/* Records errn on the socket and globally; warns unless the error only
 * means "try again". Kept for extensions written against the bundled header;
 * this module itself reports through psock_php_error(). */
#define PHP_SOCKET_ERROR(socket, msg, errn) \
	do { \
		int _err = (errn); \
		(socket)->error = _err; \
		SOCKETS_G(last_error) = _err; \
		if (_err != EAGAIN && _err != EWOULDBLOCK && _err != EINPROGRESS) { \
			php_error_docref(NULL, E_WARNING, "%s [%d]: %s", msg, _err, sockets_strerror(_err)); \
		} \
	} while (0)

ZEND_BEGIN_MODULE_GLOBALS(sockets)
	int last_error;
	char *strerror_buf;
ZEND_END_MODULE_GLOBALS(sockets)

PHP_SOCKETS_API ZEND_EXTERN_MODULE_GLOBALS(sockets)
#define SOCKETS_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(sockets, v)

enum sockopt_return {
	SOCKOPT_ERROR,
	SOCKOPT_CONTINUE,
	SOCKOPT_SUCCESS
};

/* The text for an error code: errno values, and -10000 - h_errno for host
 * lookups. The string lives until the next call. */
PHP_SOCKETS_API char *sockets_strerror(int error);

/* Fills retsock for an open descriptor (family and blocking mode read from
 * the descriptor). Returns 1 (true) on success, 0 (false) on failure, with
 * errno set. PHP 8.4 made the return type bool. */
#if PHP_VERSION_ID >= 80400
PHP_SOCKETS_API bool socket_import_file_descriptor(PHP_SOCKET socket, php_socket *retsock);
#else
PHP_SOCKETS_API int socket_import_file_descriptor(PHP_SOCKET socket, php_socket *retsock);
#endif

#ifndef MSG_EOF
# ifdef MSG_FIN
#  define MSG_EOF MSG_FIN
# endif
#endif

#define PHP_NORMAL_READ 0x0001
#define PHP_BINARY_READ 0x0002

/* The error names of the bundled header, for source compatibility. */
#define PHP_SOCKET_EINTR EINTR
#define PHP_SOCKET_EBADF EBADF
#define PHP_SOCKET_EACCES EACCES
#define PHP_SOCKET_EFAULT EFAULT
#define PHP_SOCKET_EINVAL EINVAL
#define PHP_SOCKET_ENFILE ENFILE
#define PHP_SOCKET_EMFILE EMFILE
#define PHP_SOCKET_EWOULDBLOCK EWOULDBLOCK
#define PHP_SOCKET_EINPROGRESS EINPROGRESS
#define PHP_SOCKET_EALREADY EALREADY
#define PHP_SOCKET_ENOTSOCK ENOTSOCK
#define PHP_SOCKET_EDESTADDRREQ EDESTADDRREQ
#define PHP_SOCKET_EMSGSIZE EMSGSIZE
#define PHP_SOCKET_EPROTOTYPE EPROTOTYPE
#define PHP_SOCKET_ENOPROTOOPT ENOPROTOOPT
#define PHP_SOCKET_EPROTONOSUPPORT EPROTONOSUPPORT
#define PHP_SOCKET_ESOCKTNOSUPPORT ESOCKTNOSUPPORT
#define PHP_SOCKET_EOPNOTSUPP EOPNOTSUPP
#define PHP_SOCKET_EPFNOSUPPORT EPFNOSUPPORT
#define PHP_SOCKET_EAFNOSUPPORT EAFNOSUPPORT
#define PHP_SOCKET_EADDRINUSE EADDRINUSE
#define PHP_SOCKET_EADDRNOTAVAIL EADDRNOTAVAIL
#define PHP_SOCKET_ENETDOWN ENETDOWN
#define PHP_SOCKET_ENETUNREACH ENETUNREACH
#define PHP_SOCKET_ENETRESET ENETRESET
#define PHP_SOCKET_ECONNABORTED ECONNABORTED
#define PHP_SOCKET_ECONNRESET ECONNRESET
#define PHP_SOCKET_ENOBUFS ENOBUFS
#define PHP_SOCKET_EISCONN EISCONN
#define PHP_SOCKET_ENOTCONN ENOTCONN
#define PHP_SOCKET_ESHUTDOWN ESHUTDOWN
#define PHP_SOCKET_ETOOMANYREFS ETOOMANYREFS
#define PHP_SOCKET_ETIMEDOUT ETIMEDOUT
#define PHP_SOCKET_ECONNREFUSED ECONNREFUSED
#define PHP_SOCKET_ELOOP ELOOP
#define PHP_SOCKET_ENAMETOOLONG ENAMETOOLONG
#define PHP_SOCKET_EHOSTDOWN EHOSTDOWN
#define PHP_SOCKET_EHOSTUNREACH EHOSTUNREACH
#define PHP_SOCKET_ENOTEMPTY ENOTEMPTY
#define PHP_SOCKET_EUSERS EUSERS
#define PHP_SOCKET_EDQUOT EDQUOT
#define PHP_SOCKET_EREMOTE EREMOTE

#endif /* PHP_SOCKETS_H */
