--TEST--
socket_select(): 10,000 sockets in all three arrays, bounded in time
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
if (function_exists('posix_getrlimit')) {
    $lim = posix_getrlimit();
    if ($lim['soft openfiles'] !== 'unlimited' && $lim['soft openfiles'] < 10100) {
        posix_setrlimit(POSIX_RLIMIT_NOFILE, 10100, max(10100, (int)$lim['hard openfiles']));
    }
}
$all = [];
$peers = [];
for ($i = 0; $i < 5000; $i++) {
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p)) {
        break;
    }
    $all[] = $p[0];
    $peers[] = $p[1];
}
foreach ($peers as $s) {
    $all[] = $s;
}
var_dump(count($all));
$n = null;
$t = microtime(true);
// Nothing readable: a short wait that times out.
$r = $all;
var_dump(socket_select($r, $n, $n, 0, 100000), $r);
foreach ([17, 2500, 4999] as $i) {
    socket_write($peers[$i], "x");
}
// Every socket in every array: 3 readable, 10,000 writable, none
// exceptional.
$r = $all;
$w = $all;
$e = $all;
var_dump(socket_select($r, $w, $e, 5));
var_dump(array_keys($r), count($w), count($e));
var_dump(microtime(true) - $t < 10);
?>
--EXPECT--
int(10000)
int(0)
array(0) {
}
int(10003)
array(3) {
  [0]=>
  int(17)
  [1]=>
  int(2500)
  [2]=>
  int(4999)
}
int(10000)
int(0)
bool(true)
