--TEST--
TCP_CONGESTION: set with a string, read back as ['name' => string] (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function t($f) {
    try {
        var_dump($f());
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(is_array($cc), array_keys($cc), strlen($cc['name']) > 0);
// reno is built into every kernel.
t(fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
// The bytes go as given: the kernel stops at a NUL.
t(fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno\0junk"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION)['name']);
t(fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"));
var_dump(socket_last_error($s) === SOCKET_ENOENT);
// Anything but a string is passed as nothing, which the kernel refuses.
t(fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
t(fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, ""));
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
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, int given

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
string(4) "reno"

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
