--TEST--
socket_iovec_fetch() and socket_iovec_set(): whole buffers, binary data, new lengths, bad indexes
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$iov = socket_iovec_alloc(3, 4, 4, 4);
echo "set changes the length to strlen(\$data)\n";
var_dump(socket_iovec_set($iov, 0, "much longer than four"));
var_dump(socket_iovec_set($iov, 1, "ab"));
var_dump(socket_iovec_set($iov, 2, ""));
iov_show($iov, 3);

echo "binary data round-trips unchanged\n";
$bin = "\0\x01\xff\r\n\0";
socket_iovec_set($iov, 1, $bin);
var_dump(socket_iovec_fetch($iov, 1) === $bin);

echo "fetch returns a copy\n";
$copy = socket_iovec_fetch($iov, 0);
socket_iovec_set($iov, 0, "changed");
var_dump($copy, socket_iovec_fetch($iov, 0));

echo "set keeps a copy of \$data\n";
$data = "abc";
socket_iovec_set($iov, 2, $data);
$data[0] = 'X';
var_dump(socket_iovec_fetch($iov, 2));

echo "int-like index\n";
var_dump(socket_iovec_fetch($iov, "2"));

echo "bad indexes\n";
foreach ([-1, 3, PHP_INT_MAX, PHP_INT_MIN] as $index) {
    try {
        socket_iovec_fetch($iov, $index);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        socket_iovec_set($iov, $index, "x");
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$empty = socket_iovec_alloc(0);
foreach (['socket_iovec_fetch' => [$empty, 0], 'socket_iovec_set' => [$empty, 0, "x"]] as $fn => $args) {
    try {
        $fn(...$args);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
echo "type errors\n";
try {
    socket_iovec_set($iov, 0, []);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    var_dump(strlen(socket_iovec_fetch($iov, 1.5)));
} catch (Throwable $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_iovec_fetch(null, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "unchanged after the errors\n";
var_dump(socket_iovec_fetch($iov, 0), bin2hex(socket_iovec_fetch($iov, 1)), socket_iovec_fetch($iov, 2));
?>
--EXPECTF--
set changes the length to strlen($data)
bool(true)
bool(true)
bool(true)
  [0] 21 "much longer than four"
  [1] 2 "ab"
  [2] 0 ""
binary data round-trips unchanged
bool(true)
fetch returns a copy
string(21) "much longer than four"
string(7) "changed"
set keeps a copy of $data
string(3) "abc"
int-like index
string(3) "abc"
bad indexes
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 2
socket_iovec_set(): Argument #2 ($index) must be between 0 and 2
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 2
socket_iovec_set(): Argument #2 ($index) must be between 0 and 2
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 2
socket_iovec_set(): Argument #2 ($index) must be between 0 and 2
socket_iovec_fetch(): Argument #2 ($index) must be between 0 and 2
socket_iovec_set(): Argument #2 ($index) must be between 0 and 2
socket_iovec_fetch(): Argument #2 ($index) must be a valid index, the iovec has no buffers
socket_iovec_set(): Argument #2 ($index) must be a valid index, the iovec has no buffers
type errors
socket_iovec_set(): Argument #3 ($data) must be of type string, array given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
int(6)
socket_iovec_fetch(): Argument #1 ($iovec) must be of type SocketIovec, null given
unchanged after the errors
string(7) "changed"
string(12) "0001ff0d0a00"
string(3) "abc"
