--TEST--
socket_shutdown(): bad mode and unconnected socket give warnings (PHP 8.5 and later)
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
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
t(fn() => socket_shutdown($p[0], 3));
var_dump(socket_last_error($p[0]) === SOCKET_EINVAL);
t(fn() => socket_shutdown($p[0], -1));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t(fn() => socket_shutdown($s));
var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
t(fn() => socket_shutdown($s, 0));
?>
--EXPECTF--
ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
bool(false)
ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
