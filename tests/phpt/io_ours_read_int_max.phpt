--TEST--
socket_read() and socket_recv() with PHP_INT_MAX: false before any syscall, no warning, no error code (PHP 8.3.19/8.4.5, GH-17921; 8.2 dies on memory)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// A listening socket: a receive would warn [107] Transport endpoint is not connected.
$l = socket_create_listen(0);
var_dump(socket_read($l, PHP_INT_MAX));
var_dump(socket_read($l, PHP_INT_MAX, PHP_NORMAL_READ));
$buf = "untouched";
var_dump(socket_recv($l, $buf, PHP_INT_MAX, 0), $buf);
var_dump(socket_last_error($l), socket_last_error());

// With data waiting: nothing is consumed.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "hello\n");
var_dump(socket_read($p[1], PHP_INT_MAX), socket_recv($p[1], $buf, PHP_INT_MAX, MSG_DONTWAIT));
var_dump(socket_read($p[1], 100));

// One below is a length like any other: what the socket has.
socket_write($p[0], "more");
var_dump(socket_read($p[1], PHP_INT_MAX - 1));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
string(9) "untouched"
int(0)
int(0)
bool(false)
bool(false)
string(6) "hello
"
string(4) "more"
