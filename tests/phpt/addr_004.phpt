--TEST--
socket_bind() AF_INET errors: address in use, already bound, address not local
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, 0);
socket_bind($a, "127.0.0.1", 0);
socket_listen($a);
socket_getsockname($a, $x, $port);
$b = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_bind($b, "127.0.0.1", $port));
var_dump(socket_last_error($b) === SOCKET_EADDRINUSE);
var_dump(socket_bind($a, "127.0.0.1", 0));
var_dump(socket_last_error($a) === SOCKET_EINVAL);
$c = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_bind($c, "203.0.113.7", 0));
var_dump(socket_last_error($c) === SOCKET_EADDRNOTAVAIL);
?>
--EXPECTF--

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
