/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_select)
{
	zend_throw_error(NULL, "socket_select() is not implemented yet");
}

PHP_FUNCTION(socket_atmark)
{
	zend_throw_error(NULL, "socket_atmark() is not implemented yet");
}

