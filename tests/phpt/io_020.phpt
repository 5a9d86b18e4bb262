--TEST--
socket_read(): a mode other than PHP_NORMAL_READ reads like PHP_BINARY_READ
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(PHP_BINARY_READ, PHP_NORMAL_READ);
socket_write($a, "ab\ncd\nef");
var_dump(socket_read($b, 4, 5));
var_dump(socket_read($b, 4, -1));
?>
--EXPECT--
int(2)
int(1)
string(4) "ab
c"
string(4) "d
ef"
