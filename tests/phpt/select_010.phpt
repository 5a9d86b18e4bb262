--TEST--
socket_select(): 4,200 sockets, most with descriptors above 1023 (8.2 refuses those: FD_SETSIZE)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// Make room for the sockets where the limit can be raised (the posix
// extension is not always loaded; the usual limit here is large enough).
if (function_exists('posix_getrlimit')) {
    $lim = posix_getrlimit();
    if ($lim['soft openfiles'] !== 'unlimited' && $lim['soft openfiles'] < 5000) {
        posix_setrlimit(POSIX_RLIMIT_NOFILE, 5000, max(5000, (int)$lim['hard openfiles']));
    }
}
$pairs = [];
for ($i = 0; $i < 2100; $i++) {
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p)) {
        break;
    }
    $pairs[] = $p;
}
var_dump(count($pairs));
$n = null;

// Only 1,024 descriptors lie below 1024, so the last pairs are above it.
// One of them alone:
$last = $pairs[2099][0];
$r = [$last];
var_dump(socket_select($r, $n, $n, 0));
socket_write($pairs[2099][1], "x");
$r = ['last' => $last];
var_dump(socket_select($r, $n, $n, 5), array_keys($r));

// All 4,200 sockets in the read and except arrays, three made readable
// (one was above).
$all = [];
foreach ($pairs as $i => $p) {
    $all["a$i"] = $p[0];
    $all["b$i"] = $p[1];
}
var_dump(count($all));
socket_write($pairs[0][1], "x");
socket_write($pairs[1500][0], "x");
$t = microtime(true);
$r = $all;
$e = $all;
var_dump(socket_select($r, $n, $e, 5));
var_dump(array_keys($r), $e);
// Everything is writable: 4,200 plus the 3 readable.
$r = $all;
$w = $all;
var_dump(socket_select($r, $w, $n, 5), count($w));
var_dump(microtime(true) - $t < 5);
?>
--EXPECT--
int(2100)
int(0)
int(1)
array(1) {
  [0]=>
  string(4) "last"
}
int(4200)
int(3)
array(3) {
  [0]=>
  string(2) "a0"
  [1]=>
  string(5) "b1500"
  [2]=>
  string(5) "a2099"
}
array(0) {
}
int(4203)
int(4200)
bool(true)
