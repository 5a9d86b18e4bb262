--TEST--
socket_send(): length shorter/longer than data, zero length, flags
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_send($a, "abcdef", 3, 0));
var_dump(socket_send($a, "XY", 100, 0));
var_dump(socket_send($a, "zzz", 0, 0));
var_dump(socket_send($a, "!", 1, MSG_DONTWAIT));
var_dump(socket_read($b, 100));
?>
--EXPECT--
int(3)
int(2)
int(0)
int(1)
string(6) "abcXY!"
