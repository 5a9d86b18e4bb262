/* Placeholder: being written. */
#include "binding.h"
PHP_FUNCTION(socket_import_stream)
{
	zend_throw_error(NULL, "socket_import_stream() is not implemented yet");
}

PHP_FUNCTION(socket_export_stream)
{
	zend_throw_error(NULL, "socket_export_stream() is not implemented yet");
}

