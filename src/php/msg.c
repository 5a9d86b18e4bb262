/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_sendmsg)
{
	zend_throw_error(NULL, "socket_sendmsg() is not implemented yet");
}

PHP_FUNCTION(socket_recvmsg)
{
	zend_throw_error(NULL, "socket_recvmsg() is not implemented yet");
}

PHP_FUNCTION(socket_cmsg_space)
{
	zend_throw_error(NULL, "socket_cmsg_space() is not implemented yet");
}

