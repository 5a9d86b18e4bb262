--TEST--
socket_write(): the $length argument (null, 0, shorter, longer than the data, empty data)
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_write($a, "abcdef", null));
var_dump(socket_write($a, "ghijkl", 0));
var_dump(socket_write($a, "ghijkl", 2));
var_dump(socket_write($a, "mnop", 1000));
var_dump(socket_write($a, ""));
var_dump(socket_write($a, "", 5));
var_dump(socket_read($b, 100));
?>
--EXPECT--
int(6)
int(0)
int(2)
int(4)
int(0)
int(0)
string(12) "abcdefghmnop"
