--TEST--
socket_sendto(): a UDP datagram over 65507 bytes fails with EMSGSIZE
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $a, $port);
var_dump(socket_sendto($s, str_repeat("x", 70000), 70000, 0, "127.0.0.1", $port));
var_dump(socket_last_error($s) === SOCKET_EMSGSIZE);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_sendto($s, str_repeat("y", 60000), 60000, 0, "127.0.0.1", $port));
var_dump(socket_recvfrom($r, $buf, 65536, 0, $from, $fp), strlen($buf));
?>
--EXPECTF--

Warning: socket_sendto(): Unable to write to socket [90]: Message too long in %s on line %d
bool(false)
bool(true)
int(60000)
int(60000)
int(60000)
