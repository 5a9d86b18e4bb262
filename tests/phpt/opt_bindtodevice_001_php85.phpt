--TEST--
SO_BINDTODEVICE: set with an interface name; any other value unbinds (PHP 8.5 and later)
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
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "no-such-if0"));
var_dump(socket_last_error($s) === SOCKET_ENODEV);
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, ""));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, 1));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, null));
// Bound to lo, the socket still talks to itself over loopback.
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
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
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, int given
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, null given
bool(true)
int(1)
int(1)
string(1) "x"
