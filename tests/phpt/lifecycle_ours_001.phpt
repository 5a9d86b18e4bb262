--TEST--
socket_accept() failing with EAGAIN on a non-blocking listener sets the listener's error code too
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_set_nonblock($l);
var_dump(socket_last_error($l));
var_dump(socket_accept($l));
var_dump(socket_last_error($l) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_clear_error($l);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($u, "\0php_sockets_lifecycle_ours_001_" . getmypid());
socket_listen($u);
socket_set_nonblock($u);
var_dump(socket_accept($u));
var_dump(socket_last_error($u) === SOCKET_EAGAIN);
?>
--EXPECT--
int(0)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
