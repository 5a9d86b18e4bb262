--TEST--
socket_iovec_alloc(): with strict_types the lengths must be ints, like any int parameter (PHP 8.4 and later)
--SKIPIF--
<?php
$php_from = 80400; include __DIR__ . '/skipif_version.inc';
require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
declare(strict_types=1);

var_dump(socket_iovec_alloc(2, 1, 2) instanceof SocketIovec);
foreach ([[1, "5"], [1, 5.0], [2, 1, true], ["1", 1]] as $args) {
    try {
        socket_iovec_alloc(...$args);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
socket_iovec_alloc(): Argument #2 must be of type int, string given
socket_iovec_alloc(): Argument #2 must be of type int, float given
socket_iovec_alloc(): Argument #3 must be of type int, true given
socket_iovec_alloc(): Argument #1 ($count) must be of type int, string given
