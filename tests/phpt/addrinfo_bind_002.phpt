--TEST--
socket_addrinfo_bind() and socket_addrinfo_connect(): UDP over 127.0.0.1 and TCP over ::1
--FILE--
<?php
$u = socket_addrinfo_lookup("127.0.0.1", "0", ["ai_family" => AF_INET, "ai_socktype" => SOCK_DGRAM]);
$us = socket_addrinfo_bind($u[0]);
socket_getsockname($us, $addr, $uport);
$target = socket_addrinfo_lookup("127.0.0.1", (string)$uport, ["ai_family" => AF_INET, "ai_socktype" => SOCK_DGRAM]);
$uc = socket_addrinfo_connect($target[0]);
var_dump(socket_write($uc, "datagram"), socket_read($us, 100));

$v6 = socket_addrinfo_lookup("::1", "0", ["ai_socktype" => SOCK_STREAM]);
$s6 = socket_addrinfo_bind($v6[0]);
socket_getsockname($s6, $addr6, $port6);
var_dump($addr6, $port6 > 0);
socket_listen($s6);
$c6 = socket_addrinfo_connect(socket_addrinfo_lookup("::1", (string)$port6, ["ai_socktype" => SOCK_STREAM])[0]);
$a6 = socket_accept($s6);
var_dump(socket_write($c6, "six"), socket_read($a6, 10));
?>
--EXPECT--
int(8)
string(8) "datagram"
string(3) "::1"
bool(true)
int(3)
string(3) "six"
