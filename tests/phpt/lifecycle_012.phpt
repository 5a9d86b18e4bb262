--TEST--
socket_listen()/socket_accept() over AF_INET6 on ::1
--FILE--
<?php
$l = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($l, "::1", 0));
var_dump(socket_listen($l));
socket_getsockname($l, $laddr, $lport);
var_dump($laddr);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, "::1", $lport));
$a = socket_accept($l);
socket_getpeername($a, $paddr, $pport);
socket_getsockname($c, $caddr, $cport);
var_dump($paddr, $caddr, $pport === $cport);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_send($c, "six", 3, 0));
var_dump(socket_recv($a, $buf, 10, 0), $buf);
?>
--EXPECT--
bool(true)
bool(true)
string(3) "::1"
bool(true)
string(3) "::1"
string(3) "::1"
bool(true)
int(3)
int(3)
string(3) "six"
