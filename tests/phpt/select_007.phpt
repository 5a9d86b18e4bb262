--TEST--
socket_select(): peer closed is readable, a pending connection makes a listener readable, connected sockets are writable
--FILE--
<?php
$n = null;

// A stream whose peer has closed is readable (the read returns "").
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = [$p[0]];
var_dump(socket_select($r, $n, $n, 0));
socket_close($p[1]);
$r = [$p[0]];
$e = [$p[0]];
var_dump(socket_select($r, $n, $e, 0), count($r), count($e));
var_dump(socket_read($p[0], 10));

// A listener becomes readable when a connection is waiting.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$r = [$l];
var_dump(socket_select($r, $n, $n, 0));
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$r = ['listener' => $l];
var_dump(socket_select($r, $n, $n, 5), array_keys($r));
$s = socket_accept($l);
var_dump($s instanceof Socket);

// Both ends are writable, nothing is readable; a socket in two arrays
// counts once in each.
$r = [$c, $s];
$w = [$c, $s];
var_dump(socket_select($r, $w, $n, 5), count($r), count($w));
socket_write($c, "hello");
$r = [$s];
var_dump(socket_select($r, $n, $n, 5));
$r = [$c, 'srv' => $s];
$w = [$c, $s];
var_dump(socket_select($r, $w, $n, 5), array_keys($r), count($w));
var_dump(socket_read($s, 10));

// TCP peer closing: readable, and the read says end of stream.
socket_close($c);
$r = [$s];
var_dump(socket_select($r, $n, $n, 5), count($r), socket_read($s, 10));
?>
--EXPECT--
int(0)
int(1)
int(1)
int(0)
string(0) ""
int(0)
int(1)
array(1) {
  [0]=>
  string(8) "listener"
}
bool(true)
int(2)
int(0)
int(2)
int(1)
int(3)
array(1) {
  [0]=>
  string(3) "srv"
}
int(2)
string(5) "hello"
int(1)
int(1)
string(0) ""
