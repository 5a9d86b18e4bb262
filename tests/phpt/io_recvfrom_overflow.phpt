--TEST--
socket_recvfrom() with a length of PHP_INT_MAX or below 1: false before any syscall, no warning, no error code, nothing received (php-src's socket_recv_overflow case)
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$buf = $end = "";
var_dump(socket_recvfrom($s, $buf, PHP_INT_MAX, 0, $end));
var_dump(socket_recvfrom($s, $buf, -1, 0, $end));

// With a datagram waiting: it stays for the next receive.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "datagram");
$buf = $from = "untouched";
var_dump(socket_recvfrom($p[1], $buf, PHP_INT_MAX, 0, $from));
var_dump(socket_recvfrom($p[1], $buf, 0, MSG_DONTWAIT, $from));
var_dump($buf, $from, socket_last_error($p[1]), socket_last_error());
var_dump(socket_recvfrom($p[1], $buf, 100, MSG_DONTWAIT, $from), $buf);

// Over UDP too, with the port argument.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
$port = -1;
var_dump(socket_recvfrom($u, $buf, PHP_INT_MAX, 0, $from, $port), $port);
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
string(9) "untouched"
string(9) "untouched"
int(0)
int(0)
int(8)
string(8) "datagram"
bool(false)
int(-1)
