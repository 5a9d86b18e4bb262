--TEST--
socket_shutdown(): bad mode and unconnected socket give warnings
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_shutdown($p[0], 3));
var_dump(socket_last_error($p[0]) === SOCKET_EINVAL);
var_dump(socket_shutdown($p[0], -1));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_shutdown($s));
var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
var_dump(socket_shutdown($s, 0));
?>
--EXPECTF--

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
