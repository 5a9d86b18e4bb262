--TEST--
socket_last_error(): per-socket and global codes; socket_clear_error() clears one or the other
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error(), socket_last_error($a), socket_last_error(null));
socket_getpeername($a, $x);
var_dump(socket_last_error($a) === SOCKET_ENOTCONN);
var_dump(socket_last_error() === SOCKET_ENOTCONN, socket_last_error(null) === SOCKET_ENOTCONN);
var_dump(socket_last_error($b));
socket_clear_error($a);
var_dump(socket_last_error($a), socket_last_error() === SOCKET_ENOTCONN);
socket_getpeername($b, $x);
socket_clear_error();
var_dump(socket_last_error(), socket_last_error($b) === SOCKET_ENOTCONN);
socket_clear_error(null);
var_dump(socket_last_error($b) === SOCKET_ENOTCONN);
socket_clear_error($b);
var_dump(socket_last_error($b));
?>
--EXPECTF--
int(0)
int(0)
int(0)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(true)
bool(true)
bool(true)
int(0)
int(0)
bool(true)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
int(0)
bool(true)
bool(true)
int(0)
