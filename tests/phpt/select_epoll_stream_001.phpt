--TEST--
socket_select() under epoll: a socket exported to a stream whose fclose() closes the descriptor; the number then reused by a new socket
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
sockets.select_backend=epoll
--FILE--
<?php
$n = null;
// The socket is registered by a first select.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], 'x');
$r = [$p[0]];
var_dump(socket_select($r, $n, $n, 0));
// Exported, and the stream closes the descriptor behind the Socket.
$s = socket_export_stream($p[0]);
fclose($s);
// A new socket takes the lowest free number: the one just closed.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$r = ['new' => $q[0]];
var_dump(socket_select($r, $n, $n, 0), $r);
socket_write($q[1], 'y');
$r = ['new' => $q[0]];
var_dump(socket_select($r, $n, $n, 0), array_keys($r));
var_dump(socket_read($q[0], 10));
// Nothing ready: a timeout of 50 ms is kept.
$t = microtime(true);
$r = ['new' => $q[0]];
var_dump(socket_select($r, $n, $n, 0, 50000), microtime(true) - $t >= 0.045);

// A socket exported (the stream kept) stays on the poll() path and still
// reports; after the stream's fclose() the old Socket's number is a bad
// descriptor, as under poll.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $x);
$xs = socket_export_stream($x[0]);
socket_write($x[1], 'z');
$r = [$x[0], $q[0]];
var_dump(socket_select($r, $n, $n, 0), count($r));
fclose($xs);
$r = [$x[0]];
var_dump(@socket_select($r, $n, $n, 0), socket_last_error());

// socket_import_stream(): a socket sharing the stream's descriptor.
[$u, $v] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$iu = socket_import_stream($u);
fwrite($v, 'w');
$r = [$iu];
var_dump(socket_select($r, $n, $n, 0));
fclose($u);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $z); // may reuse $u's number
$r = [$z[0]];
var_dump(socket_select($r, $n, $n, 0));
?>
--EXPECT--
int(1)
int(0)
array(0) {
}
int(1)
array(1) {
  [0]=>
  string(3) "new"
}
string(1) "y"
int(0)
bool(true)
int(1)
int(1)
bool(false)
int(9)
int(1)
int(0)
