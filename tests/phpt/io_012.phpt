--TEST--
socket_sendto()/socket_recvfrom() over AF_INET6 UDP on ::1
--FILE--
<?php
$r = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, "::1", 0));
socket_getsockname($r, $raddr, $rport);
var_dump($raddr);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($s, "::1", 0);
socket_getsockname($s, $saddr, $sport);
var_dump(socket_sendto($s, "six", 3, 0, "::1", $rport));
var_dump(socket_sendto($s, "scoped", 6, 0, "::1%1", $rport));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf, $from, $port === $sport);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf, $from);
?>
--EXPECT--
bool(true)
string(3) "::1"
int(3)
int(6)
int(3)
string(3) "six"
string(3) "::1"
bool(true)
int(6)
string(6) "scoped"
string(3) "::1"
