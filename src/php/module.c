/* SPDX-License-Identifier: BSD-3-Clause */
/* Module entry: globals, startup, phpinfo(). */
#include "binding.h"
#include "compat.h"
#include "ext/standard/info.h"
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <sys/un.h>

#include "core/sockopt.h"

#include "sockets_arginfo.h"

PHP_SOCKETS_API ZEND_DECLARE_MODULE_GLOBALS(sockets)

static PHP_GINIT_FUNCTION(sockets)
{
#if defined(COMPILE_DL_SOCKETS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	sockets_globals->last_error = 0;
	sockets_globals->strerror_buf = NULL;
}

/* sockets.select_backend: how socket_select() waits (src/php/select.c). */
PHP_INI_BEGIN()
	PHP_INI_ENTRY("sockets.select_backend", "auto", PHP_INI_ALL, psock_php_select_backend_update)
PHP_INI_END()

static PHP_MINIT_FUNCTION(sockets)
{
	REGISTER_INI_ENTRIES();
	/* One at a time, in the bundled module's order (Socket, then
	 * AddressInfo): the order of a function's arguments is unspecified,
	 * and ReflectionExtension::getClasses() lists classes in the order
	 * they were registered. */
	zend_class_entry *socket = register_class_Socket();
	zend_class_entry *addrinfo = register_class_AddressInfo();
	zend_class_entry *iovec = register_class_SocketIovec();

	psock_php_register_classes(socket, addrinfo, iovec);
	register_sockets_symbols(module_number);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(sockets)
{
	psock_php_select_shutdown();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(sockets)
{
	if (SOCKETS_G(strerror_buf)) {
		efree(SOCKETS_G(strerror_buf));
		SOCKETS_G(strerror_buf) = NULL;
	}
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(sockets)
{
	char backend[160];

	php_info_print_table_start();
	php_info_print_table_row(2, "Sockets Support", "enabled");
	php_info_print_table_row(2, "Implementation", "drop-in replacement of the bundled module");
	php_info_print_table_row(2, "Version", PSOCK_VERSION);
	/* The headers it was compiled with: PHP refuses to load it into any
	 * other API version. */
	php_info_print_table_row(2, "Built for PHP", PHP_VERSION " (module API " ZEND_TOSTR(ZEND_MODULE_API_NO) ")");
	php_info_print_table_row(2, "Behaves as", psock_compat.drop_in_for);
	php_info_print_table_row(2, "socket_select() backend",
			psock_php_select_backend_info(backend, sizeof(backend)));
	php_info_print_table_row(2, "Vectored I/O", "socket_iovec_*, socket_readv, socket_writev");
	php_info_print_table_row(2, "Additions", "socket_atmark, AF_PACKET and the constants of PHP 8.4 and 8.5 on every version, extra Linux options");
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

PHP_SOCKETS_API char *sockets_strerror(int error)
{
	return (char *)psock_strerror(error);
}

PHP_SOCKETS_API psock_import_result socket_import_file_descriptor(PHP_SOCKET fd, php_socket *retsock)
{
	int family, flags;

	/* The object starts over as a fresh one would (another extension may
	 * hand in a php_socket it used before): no family, no error. */
	retsock->bsd_socket = fd;
	retsock->type = AF_UNSPEC;
	retsock->error = 0;
	family = psock_socket_family(fd);
	if (family < 0) {
		psock_php_error(retsock, "Unable to obtain socket family", -family);
		return 0;
	}
	retsock->type = family;
	flags = fcntl(fd, F_GETFL);
	if (flags == -1) {
		psock_php_error(retsock, "Unable to obtain blocking state", errno);
		return 0;
	}
	retsock->blocking = !(flags & O_NONBLOCK);
	return 1;
}

zend_module_entry sockets_module_entry = {
	STANDARD_MODULE_HEADER,
	"sockets",
	ext_functions,
	PHP_MINIT(sockets),
	PHP_MSHUTDOWN(sockets),
	NULL,
	PHP_RSHUTDOWN(sockets),
	PHP_MINFO(sockets),
	/* PHP's version, as the bundled module reports: code that checks
	 * phpversion('sockets') sees no difference. Ours is in phpinfo(). */
	PHP_SOCKETS_VERSION,
	PHP_MODULE_GLOBALS(sockets),
	PHP_GINIT(sockets),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_SOCKETS
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(sockets)
#endif
