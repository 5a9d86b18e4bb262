--TEST--
socket_recv() with MSG_PEEK on a datagram, then the full datagram
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_send($a, "datagram-one", 12, 0);
socket_send($a, "two", 3, 0);
var_dump(socket_recv($b, $buf, 4, MSG_PEEK), $buf);
var_dump(socket_recv($b, $buf, 100, 0), $buf);
var_dump(socket_recv($b, $buf, 100, 0), $buf);
// an empty datagram reads as an empty string, not end of stream
socket_send($a, "", 0, 0);
var_dump(socket_recv($b, $buf, 100, 0), $buf);
socket_send($a, "", 0, 0);
var_dump(socket_read($b, 100));
?>
--EXPECT--
int(4)
string(4) "data"
int(12)
string(12) "datagram-one"
int(3)
string(3) "two"
int(0)
NULL
string(0) ""
