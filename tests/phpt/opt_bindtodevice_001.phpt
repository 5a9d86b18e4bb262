--TEST--
SO_BINDTODEVICE: set with an interface name; any other value unbinds
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "no-such-if0"));
var_dump(socket_last_error($s) === SOCKET_ENODEV);
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, ""));
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, 1));
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, null));
// Bound to lo, the socket still talks to itself over loopback.
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $addr, $port);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
var_dump(socket_sendto($s, "x", 1, 0, '127.0.0.1', $port));
var_dump(socket_recvfrom($s, $buf, 10, 0, $from, $fport), $buf);
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
int(1)
string(1) "x"
