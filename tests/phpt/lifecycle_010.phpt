--TEST--
socket_create_listen(): a port already listened on gives EADDRINUSE warning
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
var_dump(socket_create_listen($port));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
?>
--EXPECTF--
Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
