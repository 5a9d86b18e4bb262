--TEST--
socket_iovec_free(): releases the buffers; every later use of the iovec throws an Error
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$iov = socket_iovec_alloc(2, 10, 20);
$alias = $iov;
var_dump(socket_iovec_free($iov));
var_dump($iov instanceof SocketIovec);

$calls = [
    'socket_iovec_add'    => [$iov, 1],
    'socket_iovec_delete' => [$iov, 0],
    'socket_iovec_fetch'  => [$iov, 0],
    'socket_iovec_set'    => [$iov, 0, "x"],
    'socket_iovec_free'   => [$iov],
    'socket_readv'        => [$pair[1], $iov],
    'socket_writev'       => [$pair[0], $iov],
];
foreach ($calls as $fn => $args) {
    try {
        var_dump($fn(...$args));
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "through another reference to the same object\n";
try {
    socket_iovec_fetch($alias, 0);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "the freed iovec's own errors come before bad indexes\n";
try {
    socket_iovec_fetch($iov, -1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "nothing was written or read\n";
socket_set_nonblock($pair[1]);
var_dump(@socket_read($pair[1], 10), socket_last_error($pair[1]) === SOCKET_EAGAIN);

echo "a freed empty iovec, then destruction\n";
$e = socket_iovec_alloc(0);
var_dump(socket_iovec_free($e));
unset($e, $iov, $alias);
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
Error: socket_iovec_add(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_delete(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_fetch(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_set(): Argument #1 ($iovec) has already been freed
Error: socket_iovec_free(): Argument #1 ($iovec) has already been freed
Error: socket_readv(): Argument #2 ($iovec) has already been freed
Error: socket_writev(): Argument #2 ($iovec) has already been freed
through another reference to the same object
Error: socket_iovec_fetch(): Argument #1 ($iovec) has already been freed
the freed iovec's own errors come before bad indexes
Error: socket_iovec_fetch(): Argument #1 ($iovec) has already been freed
nothing was written or read
bool(false)
bool(true)
a freed empty iovec, then destruction
bool(true)
done
