--TEST--
SOL_UDPLITE with UDPLITE_SEND_CSCOV and UDPLITE_RECV_CSCOV (PHP 8.3 to 8.5)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
<?php if (!@socket_create(AF_INET, SOCK_DGRAM, SOL_UDPLITE)) die('skip the kernel has no UDP-Lite'); ?>
--FILE--
<?php
// The level is also the protocol number.
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDPLITE);
var_dump(socket_get_option($s, SOL_SOCKET, SO_PROTOCOL) === SOL_UDPLITE);
var_dump(socket_get_option($s, SOL_UDPLITE, UDPLITE_SEND_CSCOV));
var_dump(socket_set_option($s, SOL_UDPLITE, UDPLITE_SEND_CSCOV, 20));
var_dump(socket_get_option($s, SOL_UDPLITE, UDPLITE_SEND_CSCOV));
var_dump(socket_set_option($s, SOL_UDPLITE, UDPLITE_RECV_CSCOV, 8));
var_dump(socket_get_option($s, SOL_UDPLITE, UDPLITE_RECV_CSCOV));
// A datagram with partial coverage still arrives over loopback.
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $addr, $port);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(socket_sendto($s, "lite", 4, 0, '127.0.0.1', $port));
var_dump(socket_recvfrom($s, $buf, 10, 0, $from, $fromport), $buf);
// A plain UDP socket does not know the level.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, SOL_UDPLITE, UDPLITE_SEND_CSCOV, 20));
?>
--EXPECTF--
bool(true)
int(0)
bool(true)
int(20)
bool(true)
int(8)
int(4)
int(4)
string(4) "lite"

Warning: socket_set_option(): Unable to set socket option [%d]: %s in %s on line %d
bool(false)
