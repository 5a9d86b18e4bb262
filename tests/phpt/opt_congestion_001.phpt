--TEST--
TCP_CONGESTION: set with a string, read back as ['name' => string]
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(is_array($cc), array_keys($cc), strlen($cc['name']) > 0);
// reno is built into every kernel.
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
// The bytes go as given: the kernel stops at a NUL.
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno\0junk"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION)['name']);
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"));
var_dump(socket_last_error($s) === SOCKET_ENOENT);
// Anything but a string is passed as nothing, which the kernel refuses.
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, ""));
var_dump(socket_last_error($s) === SOCKET_EINVAL);
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION)['name']);
// Not a TCP socket.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($u, SOL_TCP, TCP_CONGESTION));
?>
--EXPECTF--
bool(true)
array(1) {
  [0]=>
  string(4) "name"
}
bool(true)
bool(true)
array(1) {
  ["name"]=>
  string(4) "reno"
}
bool(true)
string(4) "reno"

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
string(4) "reno"

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
