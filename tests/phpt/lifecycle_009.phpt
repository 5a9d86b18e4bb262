--TEST--
socket_create_listen(): port 0 gives a listening TCP socket on INADDR_ANY that accepts
--FILE--
<?php
$l = socket_create_listen(0);
var_dump($l instanceof Socket);
var_dump(socket_getsockname($l, $addr, $port));
var_dump($addr, is_int($port) && $port > 0 && $port < 65536);
var_dump(socket_get_option($l, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, "127.0.0.1", $port));
$a = socket_accept($l);
var_dump($a instanceof Socket);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($c, "via listen");
var_dump(socket_read($a, 100));
$l2 = socket_create_listen(0, 1);
var_dump($l2 instanceof Socket);
?>
--EXPECT--
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
bool(true)
bool(true)
string(10) "via listen"
bool(true)
