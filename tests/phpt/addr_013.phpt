--TEST--
AF_UNIX abstract names: datagram bind and send by name (socket_connect + socket_send)
--FILE--
<?php
$name = "\0php_sockets_addr_013_" . getmypid();
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($r, $name));
var_dump(file_exists(substr($name, 1)));
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_getsockname($r, $got));
var_dump(is_string($got));
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($s, $name));
var_dump(socket_send($s, "to abstract", 11, 0));
var_dump(socket_recv($r, $buf, 100, 0), $buf);
// a different abstract name is a different socket
$s2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($s2, $name . "x"));
var_dump(socket_last_error($s2) === SOCKET_ECONNREFUSED);
?>
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
int(11)
int(11)
string(11) "to abstract"

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
bool(true)
