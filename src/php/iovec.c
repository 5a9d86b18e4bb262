/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_iovec_alloc)
{
	zend_throw_error(NULL, "socket_iovec_alloc() is not implemented yet");
}

PHP_FUNCTION(socket_iovec_add)
{
	zend_throw_error(NULL, "socket_iovec_add() is not implemented yet");
}

PHP_FUNCTION(socket_iovec_delete)
{
	zend_throw_error(NULL, "socket_iovec_delete() is not implemented yet");
}

PHP_FUNCTION(socket_iovec_fetch)
{
	zend_throw_error(NULL, "socket_iovec_fetch() is not implemented yet");
}

PHP_FUNCTION(socket_iovec_set)
{
	zend_throw_error(NULL, "socket_iovec_set() is not implemented yet");
}

PHP_FUNCTION(socket_iovec_free)
{
	zend_throw_error(NULL, "socket_iovec_free() is not implemented yet");
}

PHP_FUNCTION(socket_readv)
{
	zend_throw_error(NULL, "socket_readv() is not implemented yet");
}

PHP_FUNCTION(socket_writev)
{
	zend_throw_error(NULL, "socket_writev() is not implemented yet");
}

zend_class_entry *socket_iovec_ce;

void psock_php_register_iovec_class(zend_class_entry *ce)
{
	socket_iovec_ce = ce;
}
