--TEST--
ValueErrors and closed-socket Errors do not touch the error codes
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_getpeername($s, $x);
foreach ([
    fn() => socket_write($s, "x", -1),
    fn() => socket_create(1234, SOCK_STREAM, 0),
    fn() => socket_connect($s, "127.0.0.1"),
    fn() => socket_strerror(PHP_INT_MAX),
] as $f) {
    try { $f(); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(socket_last_error($s) === SOCKET_ENOTCONN, socket_last_error() === SOCKET_ENOTCONN);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($t);
try { socket_read($t, 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_last_error() === SOCKET_ENOTCONN);
?>
--EXPECT--
socket_write(): Argument #3 ($length) must be greater than or equal to 0
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
bool(true)
bool(true)
socket_read(): Argument #1 ($socket) has already been closed
bool(true)
