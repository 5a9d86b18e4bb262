--TEST--
socket_iovec_delete(): at the first, middle and last index; later buffers move down intact
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$iov = socket_iovec_alloc(5, 1, 2, 3, 4, 5);
foreach (['a', 'b', 'c', 'd', 'e'] as $i => $c) {
    socket_iovec_set($iov, $i, str_repeat($c, $i + 1));
}
echo "delete first\n";
var_dump(socket_iovec_delete($iov, 0));
iov_show($iov, 4);
echo "delete middle\n";
var_dump(socket_iovec_delete($iov, 1));
iov_show($iov, 3);
echo "delete last\n";
var_dump(socket_iovec_delete($iov, 2));
iov_show($iov, 2);
try {
    socket_iovec_fetch($iov, 2);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

echo "the remaining buffers still transfer in order\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(socket_writev($pair[0], $iov));
var_dump(socket_read($pair[1], 100));

echo "delete down to empty, then add again\n";
var_dump(socket_iovec_delete($iov, 1), socket_iovec_delete($iov, 0));
try {
    socket_iovec_delete($iov, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_writev($pair[0], $iov));
var_dump(socket_iovec_add($iov, 2));
iov_show($iov, 1);

echo "bad indexes\n";
$iov = socket_iovec_alloc(3, 1, 1, 1);
foreach ([-1, 3, 4, PHP_INT_MAX, PHP_INT_MIN] as $index) {
    try {
        socket_iovec_delete($iov, $index);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_iovec_delete($iov, "first");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "nothing was deleted\n";
iov_show($iov, 3);
?>
--EXPECT--
delete first
bool(true)
  [0] 2 "bb"
  [1] 3 "ccc"
  [2] 4 "dddd"
  [3] 5 "eeeee"
delete middle
bool(true)
  [0] 2 "bb"
  [1] 4 "dddd"
  [2] 5 "eeeee"
delete last
bool(true)
  [0] 2 "bb"
  [1] 4 "dddd"
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 1
the remaining buffers still transfer in order
int(6)
string(6) "bbdddd"
delete down to empty, then add again
bool(true)
bool(true)
socket_iovec_delete(): Argument #2 ($index) must be a valid index, the iovec has no buffers
int(0)
bool(true)
  [0] 2 ".."
bad indexes
socket_iovec_delete(): Argument #2 ($index) must be between 0 and 2
socket_iovec_delete(): Argument #2 ($index) must be between 0 and 2
socket_iovec_delete(): Argument #2 ($index) must be between 0 and 2
socket_iovec_delete(): Argument #2 ($index) must be between 0 and 2
socket_iovec_delete(): Argument #2 ($index) must be between 0 and 2
socket_iovec_delete(): Argument #2 ($index) must be of type int, string given
nothing was deleted
  [0] 1 "."
  [1] 1 "."
  [2] 1 "."
