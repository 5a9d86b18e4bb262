--TEST--
socket_shutdown(): write side, read side, both; peers see end of stream
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "before");
var_dump(socket_shutdown($a, 1));
var_dump(socket_read($b, 100));
var_dump(socket_read($b, 100));
// a can still read what b writes
var_dump(socket_write($b, "reply"));
var_dump(socket_read($a, 100));
// a can no longer write
var_dump(socket_write($a, "x"));
var_dump(socket_last_error($a) === SOCKET_EPIPE);

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_shutdown($a, 0));
var_dump(socket_read($a, 100));
var_dump(socket_write($a, "still writes"));
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_read($b, 100));

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_shutdown($a));
var_dump(socket_read($b, 100));
var_dump(socket_shutdown($a, 2));
?>
--EXPECTF--
bool(true)
string(6) "before"
string(0) ""
int(5)
string(5) "reply"

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
bool(true)
string(0) ""
int(12)
string(12) "still writes"
bool(true)
string(0) ""
bool(true)
