--TEST--
socket_getsockname() on unbound sockets of each family
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_getsockname($s, $a, $p), $a, $p);
$s = socket_create(AF_INET6, SOCK_DGRAM, 0);
var_dump(socket_getsockname($s, $a, $p), $a, $p);
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
$p = "untouched";
var_dump(socket_getsockname($s, $a, $p), $a, $p);
?>
--EXPECT--
bool(true)
string(7) "0.0.0.0"
int(0)
bool(true)
string(2) "::"
int(0)
bool(true)
string(0) ""
string(9) "untouched"
