--TEST--
socket_select(): a timeout too large to express waits without limit instead of overflowing into EINVAL
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$n = null;
// 8.2 adds the carried microseconds to PHP_INT_MAX seconds in a C long:
// the sum overflows to a negative timeout and select() fails with EINVAL.
foreach ([[PHP_INT_MAX, 2000000], [PHP_INT_MAX, 0], [PHP_INT_MAX - 1, PHP_INT_MAX]] as [$sec, $usec]) {
    $r = [$p[0]];
    var_dump(socket_select($r, $n, $n, $sec, $usec), count($r));
}
?>
--EXPECT--
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
