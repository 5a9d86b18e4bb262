--TEST--
socket_iovec_alloc(): zero-filled buffers of the lengths given
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$iov = socket_iovec_alloc(3, 10, 20, 30);
var_dump($iov instanceof SocketIovec);
var_dump(strlen(socket_iovec_fetch($iov, 0)), strlen(socket_iovec_fetch($iov, 1)), strlen(socket_iovec_fetch($iov, 2)));
var_dump(socket_iovec_fetch($iov, 2) === str_repeat("\0", 30));

echo "zero buffers\n";
$empty = socket_iovec_alloc(0);
var_dump($empty instanceof SocketIovec);

echo "zero-length buffers\n";
$z = socket_iovec_alloc(2, 0, 4);
iov_show($z, 2);

echo "int-like arguments are coerced as for any int parameter\n";
$c = socket_iovec_alloc("2", "3", 5.0);
iov_show($c, 2);

echo "two allocations are independent\n";
$a = socket_iovec_alloc(1, 4);
$b = socket_iovec_alloc(1, 4);
socket_iovec_set($a, 0, "aaaa");
var_dump(socket_iovec_fetch($a, 0), bin2hex(socket_iovec_fetch($b, 0)));
var_dump($a === $b);
?>
--EXPECT--
bool(true)
int(10)
int(20)
int(30)
bool(true)
zero buffers
bool(true)
zero-length buffers
  [0] 0 ""
  [1] 4 "...."
int-like arguments are coerced as for any int parameter
  [0] 3 "..."
  [1] 5 "....."
two allocations are independent
string(4) "aaaa"
string(8) "00000000"
bool(false)
