--TEST--
socket_connect() AF_INET6 to ::1 with a numeric scope id and to a v4-mapped address
--FILE--
<?php
$l = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_bind($l, "::1", 0);
socket_listen($l);
socket_getsockname($l, $x, $port);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, "::1%1", $port));
socket_getpeername($c, $peer, $pport);
var_dump($peer, $pport === $port);
$a = socket_accept($l);
var_dump($a instanceof Socket);

$l4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l4, "127.0.0.1", 0);
socket_listen($l4);
socket_getsockname($l4, $x, $port4);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, "::ffff:127.0.0.1", $port4));
socket_getpeername($c, $peer);
var_dump($peer);
$a = socket_accept($l4);
socket_getpeername($a, $peer);
var_dump($peer);
?>
--EXPECT--
bool(true)
string(3) "::1"
bool(true)
bool(true)
bool(true)
string(16) "::ffff:127.0.0.1"
string(9) "127.0.0.1"
