--TEST--
TCP_MAXSEG, TCP_CORK, TCP_FASTOPEN, TCP_LINGER2, TCP_WINDOW_CLAMP (ours) round-trip as ints
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($l, SOL_TCP, TCP_FASTOPEN, 5));
var_dump(socket_get_option($l, SOL_TCP, TCP_FASTOPEN));
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($c, SOL_TCP, TCP_MAXSEG, 1000));
var_dump(socket_get_option($c, SOL_TCP, TCP_MAXSEG));
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
// The segment size is negotiated down to what was asked.
var_dump(socket_get_option($c, SOL_TCP, TCP_MAXSEG) <= 1000);
var_dump(socket_get_option($c, SOL_TCP, TCP_CORK));
var_dump(socket_set_option($c, SOL_TCP, TCP_CORK, 1));
var_dump(socket_get_option($c, SOL_TCP, TCP_CORK));
var_dump(socket_set_option($c, SOL_TCP, TCP_CORK, 0));
var_dump(socket_set_option($c, SOL_TCP, TCP_LINGER2, 10));
var_dump(socket_get_option($c, SOL_TCP, TCP_LINGER2));
var_dump(socket_set_option($c, SOL_TCP, TCP_WINDOW_CLAMP, 40000));
var_dump(socket_get_option($c, SOL_TCP, TCP_WINDOW_CLAMP));
// Corked data is held back until uncorked (or 200 ms pass).
socket_set_option($c, SOL_TCP, TCP_CORK, 1);
socket_write($c, "abc");
socket_set_option($c, SOL_TCP, TCP_CORK, 0);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(socket_read($a, 10));
?>
--EXPECT--
bool(true)
int(5)
bool(true)
int(1000)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
bool(true)
int(10)
bool(true)
int(40000)
string(3) "abc"
