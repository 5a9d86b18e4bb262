--TEST--
socket_read() PHP_NORMAL_READ: returns one line at a time, terminator included
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "first line\nsecond\nthird\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
socket_write($a, "\n\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
?>
--EXPECT--
string(11) "first line
"
string(7) "second
"
string(6) "third
"
string(1) "
"
string(1) "
"
