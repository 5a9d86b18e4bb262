--TEST--
socket_listen()/socket_accept() on an abstract AF_UNIX name
--FILE--
<?php
$name = "\0php_sockets_lifecycle_020_" . getmypid();
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $name));
var_dump(socket_listen($l));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $name));
$a = socket_accept($l);
var_dump($a instanceof Socket);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($c, "abstract");
var_dump(socket_read($a, 100));
// the name is in use while $l is open
$l2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l2, $name));
var_dump(socket_last_error($l2) === SOCKET_EADDRINUSE);
socket_close($l);
// and free again once it is closed
var_dump(socket_bind($l2, $name));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(8) "abstract"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
bool(true)
