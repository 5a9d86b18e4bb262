--TEST--
socket_sendto()/socket_recvfrom() over AF_INET UDP on 127.0.0.1
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, "127.0.0.1", 0));
socket_getsockname($r, $raddr, $rport);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($s, "hello", 5, 0, "127.0.0.1", $rport));
var_dump(socket_sendto($s, "partial!", 4, 0, "127.0.0.1", $rport));
var_dump(socket_sendto($s, "long", 100, 0, "127.0.0.1", $rport));
var_dump(socket_sendto($s, "", 0, 0, "127.0.0.1", $rport));
socket_getsockname($s, $saddr, $sport);
var_dump($saddr, $sport > 0);
$from = $port = null;
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf, $from, $port === $sport);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $port), $buf, $from);
?>
--EXPECT--
bool(true)
int(5)
int(4)
int(4)
int(0)
string(7) "0.0.0.0"
bool(true)
int(5)
string(5) "hello"
string(9) "127.0.0.1"
bool(true)
int(4)
string(4) "part"
int(4)
string(4) "long"
int(0)
string(0) ""
string(9) "127.0.0.1"
