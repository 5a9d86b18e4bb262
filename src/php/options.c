/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_get_option)
{
	zend_throw_error(NULL, "socket_get_option() is not implemented yet");
}

PHP_FUNCTION(socket_set_option)
{
	zend_throw_error(NULL, "socket_set_option() is not implemented yet");
}

