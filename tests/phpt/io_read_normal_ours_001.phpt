--TEST--
PHP_NORMAL_READ on a non-blocking socket: partial line returned, nothing there gives false with SOCKET_EAGAIN
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_write($a, "incompl");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b) === SOCKET_EAGAIN);
socket_write($a, "ete\nnext");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
socket_write($a, "\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(7) "incompl"
bool(false)
bool(true)
string(4) "ete
"
string(4) "next"
bool(false)
string(1) "
"
