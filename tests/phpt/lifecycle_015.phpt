--TEST--
socket_accept() on a non-blocking listener with nothing pending: false, no warning, global SOCKET_EAGAIN
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
var_dump(socket_set_nonblock($l));
var_dump(socket_accept($l));
var_dump(socket_last_error() === SOCKET_EAGAIN);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, "127.0.0.1", $port);
$r = [$l]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 2));
$a = socket_accept($l);
var_dump($a instanceof Socket);
var_dump(socket_accept($l));
var_dump(socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
int(1)
bool(true)
bool(false)
bool(true)
