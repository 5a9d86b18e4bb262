--TEST--
socket_recv()/socket_recvfrom() with MSG_TRUNC: return the datagram's real length, keep only $length bytes
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $addr, $port);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$dg = str_repeat("0123456789", 100);
socket_sendto($s, $dg, 1000, 0, "127.0.0.1", $port);
socket_sendto($s, $dg, 1000, 0, "127.0.0.1", $port);
socket_sendto($s, "short", 5, 0, "127.0.0.1", $port);
var_dump(socket_recv($r, $buf, 10, MSG_TRUNC));
var_dump(strlen($buf), $buf);
var_dump(socket_recvfrom($r, $buf, 10, MSG_TRUNC, $from, $fport));
var_dump(strlen($buf), $buf, $from);
// shorter than $length: the real length, all bytes
var_dump(socket_recv($r, $buf, 10, MSG_TRUNC), $buf);
?>
--EXPECT--
int(1000)
int(10)
string(10) "0123456789"
int(1000)
int(10)
string(10) "0123456789"
string(9) "127.0.0.1"
int(5)
string(5) "short"
