--TEST--
TCP over ::1: socket_send()/socket_recv() and end of stream after shutdown
--FILE--
<?php
$l = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_bind($l, "::1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_connect($c, "::1", $port);
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_send($c, "request", 7, 0));
var_dump(socket_shutdown($c, 1));
var_dump(socket_recv($a, $buf, 100, MSG_WAITALL), $buf);
var_dump(socket_recv($a, $buf, 100, 0), $buf);
var_dump(socket_send($a, "response", 8, 0));
socket_close($a);
var_dump(socket_read($c, 100));
var_dump(socket_read($c, 100));
?>
--EXPECT--
int(7)
bool(true)
int(7)
string(7) "request"
int(0)
NULL
int(8)
string(8) "response"
string(0) ""
