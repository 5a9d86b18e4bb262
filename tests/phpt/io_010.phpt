--TEST--
I/O on unconnected sockets: warnings with the kernel's error
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_read($s, 5));
var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
var_dump(socket_recv($s, $buf, 5, 0), $buf);
var_dump(socket_write($s, "x"));
var_dump(socket_send($s, "x", 1, 0));
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_write($d, "x"));
var_dump(socket_last_error($d) === SOCKET_EDESTADDRREQ);
?>
--EXPECTF--

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)

Warning: socket_recv(): Unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
NULL

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)

Warning: socket_write(): unable to write to socket [89]: Destination address required in %s on line %d
bool(false)
bool(true)
