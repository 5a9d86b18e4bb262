--TEST--
socket_get_option()/socket_set_option(): kernel refusals warn and return false with socket_last_error(); argument errors throw
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, 9999));
var_dump(socket_last_error($s) === SOCKET_ENOPROTOOPT, socket_last_error() === SOCKET_ENOPROTOOPT);
var_dump(socket_set_option($s, SOL_SOCKET, 9999, 1));
var_dump(socket_last_error($s));
var_dump(socket_get_option($s, 9999, 1));
var_dump(socket_last_error($s) === SOCKET_EOPNOTSUPP);
var_dump(socket_set_option($s, SOL_SOCKET, SO_TYPE, SOCK_DGRAM));
var_dump(socket_set_option($s, SOL_TCP, TCP_KEEPIDLE, 0));
var_dump(socket_last_error($s));
socket_clear_error($s);
// An option of another protocol.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_V6ONLY, 1));
// A success leaves the last error alone.
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, 1), socket_last_error($s));
try {
    socket_get_option($s, "level", SO_TYPE);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    socket_set_option($s, SOL_SOCKET, [], 1);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    socket_get_option(STDIN, SOL_SOCKET, SO_TYPE);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    socket_set_option($s, SOL_SOCKET, SO_TYPE);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
socket_close($s);
try {
    socket_get_option($s, SOL_SOCKET, SO_TYPE);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    socket_setopt($s, SOL_SOCKET, SO_KEEPALIVE, 1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
int(22)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(true)
int(0)
TypeError: socket_get_option(): Argument #2 ($level) must be of type int, string given
TypeError: socket_set_option(): Argument #3 ($option) must be of type int, array given
TypeError: socket_get_option(): Argument #1 ($socket) must be of type Socket, resource given
ArgumentCountError: socket_set_option() expects exactly 4 arguments, 3 given
Error: socket_get_option(): Argument #1 ($socket) has already been closed
Error: socket_setopt(): Argument #1 ($socket) has already been closed
