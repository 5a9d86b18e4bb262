/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_addrinfo_lookup)
{
	zend_throw_error(NULL, "socket_addrinfo_lookup() is not implemented yet");
}

PHP_FUNCTION(socket_addrinfo_connect)
{
	zend_throw_error(NULL, "socket_addrinfo_connect() is not implemented yet");
}

PHP_FUNCTION(socket_addrinfo_bind)
{
	zend_throw_error(NULL, "socket_addrinfo_bind() is not implemented yet");
}

PHP_FUNCTION(socket_addrinfo_explain)
{
	zend_throw_error(NULL, "socket_addrinfo_explain() is not implemented yet");
}

