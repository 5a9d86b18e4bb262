--TEST--
socket_atmark(): false before the urgent mark, true at it, false past it (out-of-band data over loopback TCP)
--SKIPIF--
<?php
/* socket_atmark() is in the bundled module from PHP 8.3 on. */
if (PHP_VERSION_ID < 80400) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$n = null;
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);

var_dump(socket_atmark($s));
socket_send($c, "ab", 2, 0);
socket_send($c, "!", 1, MSG_OOB);
socket_send($c, "cd", 2, 0);
$e = [$s];
var_dump(socket_select($n, $n, $e, 5));
// "ab" comes before the mark.
var_dump(socket_atmark($s));
// A read stops at the mark.
var_dump(socket_recv($s, $buf, 10, 0), $buf);
var_dump(socket_atmark($s));
var_dump(socket_recv($s, $buf, 1, MSG_OOB), $buf);
var_dump(socket_atmark($s));
var_dump(socket_recv($s, $buf, 2, MSG_WAITALL), $buf);
var_dump(socket_atmark($s));
var_dump(socket_last_error($s));
?>
--EXPECT--
bool(false)
int(1)
bool(false)
int(2)
string(2) "ab"
bool(true)
int(1)
string(1) "!"
bool(true)
int(2)
string(2) "cd"
bool(false)
int(0)
