--TEST--
socket_iovec_add(): appends a zero-filled buffer; errors for a bad length and beyond 1024 buffers
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$iov = socket_iovec_alloc(1, 2);
socket_iovec_set($iov, 0, "ab");
var_dump(socket_iovec_add($iov, 3));
var_dump(socket_iovec_add($iov, 0));
var_dump(socket_iovec_add($iov, 1));
iov_show($iov, 4);
try {
    socket_iovec_fetch($iov, 4);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

echo "add to an empty vector\n";
$e = socket_iovec_alloc(0);
var_dump(socket_iovec_add($e, 5));
iov_show($e, 1);

echo "bad lengths\n";
foreach ([-1, PHP_INT_MIN, (1 << 26) + 1, PHP_INT_MAX] as $len) {
    try {
        socket_iovec_add($iov, $len);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_iovec_add($iov, "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_iovec_add(new stdClass, 1);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "a failed add changed nothing\n";
iov_show($iov, 4);

echo "growing past 1024 buffers\n";
$big = socket_iovec_alloc(1000, ...array_fill(0, 1000, 1));
$added = 0;
for ($i = 0; $i < 30; $i++) {
    try {
        socket_iovec_add($big, 1);
        $added++;
    } catch (ValueError $e) {
        echo "after $added more: ", $e->getMessage(), "\n";
        break;
    }
}
var_dump(strlen(socket_iovec_fetch($big, 1023)));
echo "a delete makes room for one more\n";
var_dump(socket_iovec_delete($big, 0), socket_iovec_add($big, 7));
var_dump(strlen(socket_iovec_fetch($big, 1023)));
try {
    socket_iovec_add($big, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
  [0] 2 "ab"
  [1] 3 "..."
  [2] 0 ""
  [3] 1 "."
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 3
add to an empty vector
bool(true)
  [0] 5 "....."
bad lengths
socket_iovec_add(): Argument #2 ($length) must be between 0 and 67108864
socket_iovec_add(): Argument #2 ($length) must be between 0 and 67108864
socket_iovec_add(): Argument #2 ($length) must be between 0 and 67108864
socket_iovec_add(): Argument #2 ($length) must be between 0 and 67108864
socket_iovec_add(): Argument #2 ($length) must be of type int, string given
socket_iovec_add(): Argument #1 ($iovec) must be of type SocketIovec, stdClass given
a failed add changed nothing
  [0] 2 "ab"
  [1] 3 "..."
  [2] 0 ""
  [3] 1 "."
growing past 1024 buffers
after 24 more: socket_iovec_add(): Argument #1 ($iovec) cannot hold more than 1024 buffers
int(1)
a delete makes room for one more
bool(true)
bool(true)
int(7)
socket_iovec_add(): Argument #1 ($iovec) cannot hold more than 1024 buffers
