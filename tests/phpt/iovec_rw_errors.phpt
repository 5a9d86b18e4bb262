--TEST--
socket_readv()/socket_writev() errors: warnings and error codes as socket_read()/socket_write(), closed sockets, wrong types
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$iov = socket_iovec_alloc(2, 3, 3);
socket_iovec_set($iov, 0, "abc");

echo "readv on an unconnected TCP socket\n";
$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_readv($tcp, $iov));
var_dump(socket_last_error($tcp), socket_last_error());
echo "writev on it\n";
var_dump(socket_writev($tcp, $iov));
var_dump(socket_last_error($tcp) === SOCKET_EPIPE || socket_last_error($tcp) === SOCKET_ENOTCONN);
socket_clear_error();
socket_clear_error($tcp);

echo "writev to a peer that has gone\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_close($pair[1]);
var_dump(socket_writev($pair[0], $iov));
var_dump(socket_last_error($pair[0]), socket_last_error());
echo "a later success does not clear the error code, as with socket_write()\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $ok);
var_dump(socket_writev($ok[0], $iov), socket_last_error());

echo "readv on a socket shut down for reading: what was queued, then end of stream\n";
var_dump(socket_shutdown($ok[1], 0));
var_dump(socket_readv($ok[1], $iov));
var_dump(socket_readv($ok[1], $iov));

echo "closed sockets\n";
socket_close($tcp);
foreach (['socket_readv', 'socket_writev'] as $fn) {
    try {
        $fn($tcp, $iov);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "a closed socket is reported before a freed iovec\n";
$freed = socket_iovec_alloc(0);
socket_iovec_free($freed);
try {
    socket_readv($tcp, $freed);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "wrong types\n";
$calls = [
    ['socket_readv', [$iov, $ok[0]]],
    ['socket_writev', [$ok[0], "abc"]],
    ['socket_readv', [STDIN, $iov]],
    ['socket_writev', [$ok[0]]],
];
foreach ($calls as [$fn, $args]) {
    try {
        $fn(...$args);
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
readv on an unconnected TCP socket

Warning: socket_readv(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
int(107)
int(107)
writev on it

Warning: socket_writev(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
writev to a peer that has gone

Warning: socket_writev(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
int(32)
int(32)
a later success does not clear the error code, as with socket_write()
int(6)
int(32)
readv on a socket shut down for reading: what was queued, then end of stream
bool(true)
int(6)
int(0)
closed sockets
Error: socket_readv(): Argument #1 ($socket) has already been closed
Error: socket_writev(): Argument #1 ($socket) has already been closed
a closed socket is reported before a freed iovec
Error: socket_readv(): Argument #1 ($socket) has already been closed
wrong types
TypeError: socket_readv(): Argument #1 ($socket) must be of type Socket, SocketIovec given
TypeError: socket_writev(): Argument #2 ($iovec) must be of type SocketIovec, string given
TypeError: socket_readv(): Argument #1 ($socket) must be of type Socket, resource given
ArgumentCountError: socket_writev() expects exactly 2 arguments, 1 given
