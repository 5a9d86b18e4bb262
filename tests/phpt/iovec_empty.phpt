--TEST--
socket_readv()/socket_writev() with no buffers or only empty ones: 0, one call that transfers nothing
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
$none = socket_iovec_alloc(0);
$empties = socket_iovec_alloc(3, 0, 0, 0);
var_dump(socket_writev($a, $none), socket_writev($a, $empties));
socket_write($a, "data");
echo "a read of 0 bytes returns 0 and leaves the data queued\n";
var_dump(socket_readv($b, $none), socket_readv($b, $empties));
var_dump(socket_read($b, 10));
echo "an iovec emptied by deletes behaves the same\n";
$iov = socket_iovec_alloc(1, 3);
socket_iovec_delete($iov, 0);
var_dump(socket_writev($a, $iov), socket_readv($b, $iov));
?>
--EXPECT--
int(0)
int(0)
a read of 0 bytes returns 0 and leaves the data queued
int(0)
int(0)
string(4) "data"
an iovec emptied by deletes behaves the same
int(0)
int(0)
