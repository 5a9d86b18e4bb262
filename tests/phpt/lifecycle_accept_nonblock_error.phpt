--TEST--
socket_accept() finding nothing on a non-blocking listener: false, EAGAIN in the global error only, the listener's own error untouched (as 8.2)
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_set_nonblock($l);
var_dump(socket_last_error($l));
// the "accept until false" loop
$n = 0;
while (($c = socket_accept($l)) !== false && $n++ < 10) {
}
var_dump($c, $n);
var_dump(socket_last_error($l), socket_last_error() === SOCKET_EAGAIN);

// an error the listener had before stays as it was
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
@socket_connect($u, "\0php_sockets_accept_nonblock_error_none_" . getmypid());
$before = socket_last_error($u);
var_dump($before === SOCKET_ECONNREFUSED);
socket_bind($u, "\0php_sockets_accept_nonblock_error_" . getmypid());
socket_listen($u);
socket_set_nonblock($u);
var_dump(socket_accept($u));
var_dump(socket_last_error($u) === $before, socket_last_error() === SOCKET_EAGAIN);

// a connection waiting is accepted, and nothing is recorded anywhere
socket_clear_error();
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, $addr, $port);
$a = socket_accept($l);
var_dump($a instanceof Socket, socket_last_error($a), socket_last_error($l), socket_last_error());
?>
--EXPECT--
int(0)
bool(false)
int(0)
int(0)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
int(0)
int(0)
int(0)
