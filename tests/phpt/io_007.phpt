--TEST--
socket_recv(): MSG_PEEK leaves the data, MSG_WAITALL waits for the full length
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "peekaboo");
var_dump(socket_recv($b, $buf, 4, MSG_PEEK), $buf);
var_dump(socket_recv($b, $buf, 100, MSG_PEEK), $buf);
var_dump(socket_recv($b, $buf, 3, 0), $buf);
var_dump(socket_recv($b, $buf, 100, 0), $buf);
socket_write($a, "12345");
socket_write($a, "67890");
var_dump(socket_recv($b, $buf, 10, MSG_WAITALL), $buf);
?>
--EXPECT--
int(4)
string(4) "peek"
int(8)
string(8) "peekaboo"
int(3)
string(3) "pee"
int(5)
string(5) "kaboo"
int(10)
string(10) "1234567890"
