--TEST--
socket_listen()/socket_accept() on unsuitable sockets give warnings
--FILE--
<?php
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_listen($d));
var_dump(socket_last_error($d) === SOCKET_EOPNOTSUPP);
var_dump(socket_accept($d));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_accept($s));
var_dump(socket_last_error() === SOCKET_EINVAL);
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_listen($u));
?>
--EXPECTF--

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)
bool(true)

Warning: socket_accept(): unable to accept incoming connection [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)
