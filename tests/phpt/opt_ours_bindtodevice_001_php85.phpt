--TEST--
socket_get_option(SO_BINDTODEVICE) returns the interface name, "" when unbound (ours; PHP 8.2 returns garbage or fails) (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
require __DIR__ . '/skipif_ours.inc'; ?>
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
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE));
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, null));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE));
// Bound by index (SO_BINDTOIFINDEX, PHP 8.3 to 8.5), read by name.
t(fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTOIFINDEX, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_get_option($u, SOL_SOCKET, SO_BINDTODEVICE));
?>
--EXPECTF--
string(0) ""
bool(true)
string(2) "lo"
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, null given
string(2) "lo"
bool(true)
string(2) "lo"
string(0) ""
