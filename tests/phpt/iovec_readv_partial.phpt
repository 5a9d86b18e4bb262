--TEST--
socket_readv(): a short read fills the buffers in order and leaves the bytes beyond the count as they were
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
$in = socket_iovec_alloc(3, 4, 4, 4);
socket_iovec_set($in, 0, "AAAA");
socket_iovec_set($in, 1, "BBBB");
socket_iovec_set($in, 2, "CCCC");

echo "2 bytes: only the start of the first buffer changes\n";
socket_write($a, "xy");
var_dump(iov_readv_wait($b, $in));
iov_show($in, 3);

echo "6 bytes: the first buffer, then half the second\n";
socket_write($a, "123456");
var_dump(iov_readv_wait($b, $in));
iov_show($in, 3);

echo "more than fits: 12 bytes now, the rest stays queued\n";
socket_write($a, "abcdefghijklmnopq");
var_dump(iov_readv_wait($b, $in));
iov_show($in, 3);
var_dump(socket_read($b, 100));

echo "buffers keep their lengths: a short read does not shrink them\n";
socket_write($a, "Z");
var_dump(iov_readv_wait($b, $in));
iov_show($in, 3);

echo "zero-length buffers are skipped over\n";
$z = socket_iovec_alloc(4, 0, 2, 0, 2);
socket_write($a, "wxyz");
var_dump(iov_readv_wait($b, $z));
iov_show($z, 4);

echo "end of stream: 0, buffers untouched\n";
socket_close($a);
var_dump(iov_readv_wait($b, $in));
var_dump(socket_readv($b, $in));
iov_show($in, 3);
?>
--EXPECT--
2 bytes: only the start of the first buffer changes
int(2)
  [0] 4 "xyAA"
  [1] 4 "BBBB"
  [2] 4 "CCCC"
6 bytes: the first buffer, then half the second
int(6)
  [0] 4 "1234"
  [1] 4 "56BB"
  [2] 4 "CCCC"
more than fits: 12 bytes now, the rest stays queued
int(12)
  [0] 4 "abcd"
  [1] 4 "efgh"
  [2] 4 "ijkl"
string(5) "mnopq"
buffers keep their lengths: a short read does not shrink them
int(1)
  [0] 4 "Zbcd"
  [1] 4 "efgh"
  [2] 4 "ijkl"
zero-length buffers are skipped over
int(4)
  [0] 0 ""
  [1] 2 "wx"
  [2] 0 ""
  [3] 2 "yz"
end of stream: 0, buffers untouched
int(0)
int(0)
  [0] 4 "Zbcd"
  [1] 4 "efgh"
  [2] 4 "ijkl"
