--TEST--
Non-blocking reads with nothing available: false, SOCKET_EAGAIN, no warning
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
var_dump(socket_read($b, 10));
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_clear_error($b);
socket_clear_error();
$buf = "untouched";
var_dump(socket_recv($b, $buf, 10, 0));
var_dump($buf);
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_write($a, "now");
var_dump(socket_recv($b, $buf, 10, 0), $buf);
// MSG_DONTWAIT on a blocking socket
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$buf = "untouched";
var_dump(socket_recv($q[1], $buf, 10, MSG_DONTWAIT));
var_dump($buf, socket_last_error($q[1]) === SOCKET_EAGAIN);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
NULL
bool(true)
bool(true)
int(3)
string(3) "now"
bool(false)
NULL
bool(true)
