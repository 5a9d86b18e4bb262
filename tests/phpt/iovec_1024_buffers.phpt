--TEST--
socket_iovec_alloc() with 1,024 buffers (IOV_MAX): one writev and one readv move them all
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$out = socket_iovec_alloc(1024, ...array_fill(0, 1024, 0));
$expected = '';
for ($i = 0; $i < 1024; $i++) {
    $piece = sprintf("%04d;", $i);
    socket_iovec_set($out, $i, $piece);
    $expected .= $piece;
}
try {
    socket_iovec_add($out, 1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_iovec_alloc(1025, ...array_fill(0, 1025, 0));
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(socket_writev($pair[0], $out));

/* Read back into 1,024 buffers of 5 bytes: each lands in its own. */
$in = socket_iovec_alloc(1024, ...array_fill(0, 1024, 5));
var_dump(iov_readv_wait($pair[1], $in));
$ok = 0;
$joined = '';
for ($i = 0; $i < 1024; $i++) {
    $b = socket_iovec_fetch($in, $i);
    $ok += $b === sprintf("%04d;", $i);
    $joined .= $b;
}
var_dump($ok, $joined === $expected);
var_dump(socket_iovec_fetch($in, 0), socket_iovec_fetch($in, 511), socket_iovec_fetch($in, 1023));
?>
--EXPECT--
socket_iovec_add(): Argument #1 ($iovec) cannot hold more than 1024 buffers
socket_iovec_alloc(): Argument #1 ($count) must be between 0 and 1024
int(5120)
int(5120)
int(1024)
bool(true)
string(5) "0000;"
string(5) "0511;"
string(5) "1023;"
