/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sockets_abi_probe: a tiny extension that uses the sockets module only
 * through its public C interface (php_sockets.h), as a PECL extension does.
 *
 * It is compiled once against this module's header and once against PHP
 * 8.2's bundled one, and each build is loaded next to each module (see
 * run.sh). Every field it reads or writes is reached through the header's
 * struct layout and the module's exported symbols, so a crossed run passing
 * means the two layouts and symbol sets agree.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

/* PHP 8.2's header declares its contents only under HAVE_SOCKETS, which a
 * shared build of the bundled module leaves undefined in php_config.h; an
 * extension using it has to define it itself. */
#ifndef HAVE_SOCKETS
# define HAVE_SOCKETS 1
#endif

#include "php.h"
/* Found in the build directory first (run.sh puts the header under test
 * there), then in PHP's include directory: the path PECL code uses. */
#include "ext/sockets/php_sockets.h"
#include <unistd.h>

/* sockets_abi_probe(Socket $socket): array — the php_socket fields, the
 * module's global last error, and the error text of the socket's error. */
PHP_FUNCTION(sockets_abi_probe)
{
	zval *zsock;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	array_init(return_value);
	add_assoc_long(return_value, "fd", sock->bsd_socket);
	add_assoc_long(return_value, "type", sock->type);
	add_assoc_long(return_value, "error", sock->error);
	add_assoc_long(return_value, "blocking", sock->blocking);
	if (Z_ISUNDEF(sock->zstream)) {
		add_assoc_null(return_value, "stream");
	} else {
		Z_TRY_ADDREF(sock->zstream);
		add_assoc_zval(return_value, "stream", &sock->zstream);
	}
	add_assoc_long(return_value, "last_error", SOCKETS_G(last_error));
	add_assoc_string(return_value, "strerror", sock->error ? sockets_strerror(sock->error) : "");
}

/* sockets_abi_dup(Socket $socket): int — a duplicate of the descriptor, so
 * that PHP code has a raw descriptor to hand to sockets_abi_import(). */
PHP_FUNCTION(sockets_abi_dup)
{
	zval *zsock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_LONG(dup(Z_SOCKET_P(zsock)->bsd_socket));
}

/* sockets_abi_import(int $fd): Socket|false — a Socket made the way other
 * extensions make them: object_init_ex(socket_ce) and
 * socket_import_file_descriptor(). */
PHP_FUNCTION(sockets_abi_import)
{
	zend_long fd;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(fd)
	ZEND_PARSE_PARAMETERS_END();

	object_init_ex(return_value, socket_ce);
	sock = Z_SOCKET_P(return_value);
	if (!socket_import_file_descriptor((PHP_SOCKET)fd, sock)) {
		/* Not ours to close: the caller still owns a descriptor that
		 * failed to import. */
		sock->bsd_socket = -1;
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

/* sockets_abi_strerror(int $code): string */
PHP_FUNCTION(sockets_abi_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STRING(sockets_strerror((int)code));
}

/* sockets_abi_set_last_error(int $code): void — writes the module global
 * that socket_last_error() reads. */
PHP_FUNCTION(sockets_abi_set_last_error)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	SOCKETS_G(last_error) = (int)code;
}

/* sockets_abi_error(Socket $socket, int $code): void — the header's error
 * macro, which writes both the socket's and the global error. */
PHP_FUNCTION(sockets_abi_error)
{
	zval *zsock;
	zend_long code;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	PHP_SOCKET_ERROR(sock, "sockets_abi_error", (int)code);
}

/* sockets_abi_ensure_valid(Socket $socket): true — the header's validity
 * check (throws for a closed socket). */
PHP_FUNCTION(sockets_abi_ensure_valid)
{
	zval *zsock;
	php_socket *sock;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zsock, socket_ce)
	ZEND_PARSE_PARAMETERS_END();

	sock = Z_SOCKET_P(zsock);
	ENSURE_SOCKET_VALID(sock);
	RETURN_TRUE;
}

/* sockets_abi_is_socket(mixed $value): bool — whether socket_ce is the class
 * of the module's Socket objects. */
PHP_FUNCTION(sockets_abi_is_socket)
{
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(Z_TYPE_P(value) == IS_OBJECT && Z_OBJCE_P(value) == socket_ce);
}

/* sockets_abi_header(): string — which header this build was compiled
 * against ("ours" when it has this module's PSOCK_VERSION), so that run.sh
 * can tell a build that silently picked up the wrong one. */
PHP_FUNCTION(sockets_abi_header)
{
	ZEND_PARSE_PARAMETERS_NONE();
#ifdef PSOCK_VERSION
	RETURN_STRING("ours");
#else
	RETURN_STRING("bundled");
#endif
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_header, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_probe, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, socket, Socket, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_dup, 0, 1, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, socket, Socket, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_sockets_abi_import, 0, 1, Socket, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, fd, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_strerror, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_set_last_error, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_error, 0, 2, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, socket, Socket, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_ensure_valid, 0, 1, IS_TRUE, 0)
	ZEND_ARG_OBJ_INFO(0, socket, Socket, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockets_abi_is_socket, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

static const zend_function_entry sockets_abi_probe_functions[] = {
	PHP_FE(sockets_abi_header, arginfo_sockets_abi_header)
	PHP_FE(sockets_abi_probe, arginfo_sockets_abi_probe)
	PHP_FE(sockets_abi_dup, arginfo_sockets_abi_dup)
	PHP_FE(sockets_abi_import, arginfo_sockets_abi_import)
	PHP_FE(sockets_abi_strerror, arginfo_sockets_abi_strerror)
	PHP_FE(sockets_abi_set_last_error, arginfo_sockets_abi_set_last_error)
	PHP_FE(sockets_abi_error, arginfo_sockets_abi_error)
	PHP_FE(sockets_abi_ensure_valid, arginfo_sockets_abi_ensure_valid)
	PHP_FE(sockets_abi_is_socket, arginfo_sockets_abi_is_socket)
	PHP_FE_END
};

/* Loaded after the sockets module, whose class and globals it uses. */
static const zend_module_dep sockets_abi_probe_deps[] = {
	ZEND_MOD_REQUIRED("sockets")
	ZEND_MOD_END
};

zend_module_entry sockets_abi_probe_module_entry = {
	STANDARD_MODULE_HEADER_EX, NULL,
	sockets_abi_probe_deps,
	"sockets_abi_probe",
	sockets_abi_probe_functions,
	NULL, NULL, NULL, NULL, NULL,
	"1.0",
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_SOCKETS_ABI_PROBE
ZEND_GET_MODULE(sockets_abi_probe)
#endif
