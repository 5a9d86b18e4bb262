/* Module entry: globals, startup, phpinfo(). */
#include "binding.h"
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
	psock_php_register_classes(register_class_Socket(), register_class_AddressInfo(),
			register_class_SocketIovec());
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
	php_info_print_table_row(2, "socket_select() backend",
			psock_php_select_backend_info(backend, sizeof(backend)));
	php_info_print_table_row(2, "Vectored I/O", "socket_iovec_*, socket_readv, socket_writev");
	php_info_print_table_row(2, "Additions", "socket_atmark, PHP 8.3-8.5 Linux constants, extra Linux options");
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

PHP_SOCKETS_API char *sockets_strerror(int error)
{
	return (char *)psock_strerror(error);
}

PHP_SOCKETS_API int socket_import_file_descriptor(PHP_SOCKET fd, php_socket *retsock)
{
	int family, flags;

	retsock->bsd_socket = fd;
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
