--TEST--
socket_iovec_alloc(): errors for a bad count, a count that differs from the lengths, and bad lengths
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$cases = [
    'count -1'             => [-1],
    'count 1025'           => [1025],
    'count PHP_INT_MAX'    => [PHP_INT_MAX],
    'count PHP_INT_MIN'    => [PHP_INT_MIN],
    'count 2, one length'  => [2, 1],
    'count 1, two lengths' => [1, 1, 2],
    'count 0, one length'  => [0, 5],
    'count 1, no lengths'  => [1],
    'length -1'            => [1, -1],
    'third length -1'      => [3, 1, 2, -1],
    'length 64 MiB + 1'    => [1, (1 << 26) + 1],
    'length PHP_INT_MAX'   => [2, 0, PHP_INT_MAX],
    'length "abc"'         => [2, 1, "abc"],
    'length null'          => [1, null],
    'length array'         => [1, []],
    'count "x"'            => ["x"],
];
foreach ($cases as $name => $args) {
    echo "$name: ";
    try {
        var_dump(socket_iovec_alloc(...$args));
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "no arguments: ";
try {
    socket_iovec_alloc();
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "named extra argument: ";
try {
    socket_iovec_alloc(count: 1, length: 2);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "the limits themselves are accepted: ";
var_dump(socket_iovec_alloc(1, 0) instanceof SocketIovec);
?>
--EXPECTF--
count -1: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be between 0 and 1024
count 1025: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be between 0 and 1024
count PHP_INT_MAX: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be between 0 and 1024
count PHP_INT_MIN: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be between 0 and 1024
count 2, one length: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be equal to the number of lengths given (1)
count 1, two lengths: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be equal to the number of lengths given (2)
count 0, one length: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be equal to the number of lengths given (1)
count 1, no lengths: ValueError: socket_iovec_alloc(): Argument #1 ($count) must be equal to the number of lengths given (0)
length -1: ValueError: socket_iovec_alloc(): Argument #2 must be between 0 and 67108864
third length -1: ValueError: socket_iovec_alloc(): Argument #4 must be between 0 and 67108864
length 64 MiB + 1: ValueError: socket_iovec_alloc(): Argument #2 must be between 0 and 67108864
length PHP_INT_MAX: ValueError: socket_iovec_alloc(): Argument #3 must be between 0 and 67108864
length "abc": TypeError: socket_iovec_alloc(): Argument #3 must be of type int, string given
length null: 
Deprecated: socket_iovec_alloc(): Passing null to parameter #2 of type int is deprecated in %s on line %d
object(SocketIovec)#2 (0) {
}
length array: TypeError: socket_iovec_alloc(): Argument #2 must be of type int, array given
count "x": TypeError: socket_iovec_alloc(): Argument #1 ($count) must be of type int, string given
no arguments: ArgumentCountError: socket_iovec_alloc() expects at least 1 argument, 0 given
named extra argument: ArgumentCountError: socket_iovec_alloc() does not accept unknown named parameters
the limits themselves are accepted: bool(true)
