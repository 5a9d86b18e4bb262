--TEST--
socket_last_error(): errors are sticky across later successful calls; the newest error wins
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_getpeername($s, $x);
var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
var_dump(socket_bind($s, "127.0.0.1", 0));
var_dump(socket_getsockname($s, $a, $p));
var_dump(socket_last_error($s) === SOCKET_ENOTCONN, socket_last_error() === SOCKET_ENOTCONN);
@socket_bind($s, "127.0.0.1", 0);
var_dump(socket_last_error($s) === SOCKET_EINVAL, socket_last_error() === SOCKET_EINVAL);
// an error on another socket changes only the global code
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_shutdown($t);
var_dump(socket_last_error($s) === SOCKET_EINVAL, socket_last_error() === SOCKET_ENOTCONN);
// creation failures set only the global code
socket_clear_error();
@socket_create(AF_INET, SOCK_STREAM, SOL_UDP);
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
