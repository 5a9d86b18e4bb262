--TEST--
socket_select(): the except array reports out-of-band data
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

$e = [$s];
var_dump(socket_select($n, $n, $e, 0), $e);
// Ordinary data is not exceptional.
socket_send($c, "ab", 2, 0);
$r = [$s];
var_dump(socket_select($r, $n, $n, 5));
$e = [$s];
var_dump(socket_select($n, $n, $e, 0));
var_dump(socket_send($c, "!", 1, MSG_OOB));
$e = ['oob' => $s];
$r = [$s];
var_dump(socket_select($n, $n, $e, 5));
var_dump(array_keys($e));
var_dump(socket_select($r, $n, $e, 0));
var_dump(socket_recv($s, $buf, 10, 0), $buf);
var_dump(socket_recv($s, $buf, 1, MSG_OOB), $buf);
// Read: no longer exceptional.
$e = [$s];
var_dump(socket_select($n, $n, $e, 0));
?>
--EXPECT--
int(0)
array(0) {
}
int(1)
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "oob"
}
int(2)
int(2)
string(2) "ab"
int(1)
string(1) "!"
int(0)
