--TEST--
Every core function given a closed Socket throws Error "has already been closed"
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
$calls = [
    'socket_bind' => fn() => socket_bind($s, "127.0.0.1", 0),
    'socket_listen' => fn() => socket_listen($s),
    'socket_accept' => fn() => socket_accept($s),
    'socket_connect' => fn() => socket_connect($s, "127.0.0.1", 1),
    'socket_close' => fn() => socket_close($s),
    'socket_shutdown' => fn() => socket_shutdown($s),
    'socket_set_block' => fn() => socket_set_block($s),
    'socket_set_nonblock' => fn() => socket_set_nonblock($s),
    'socket_read' => fn() => socket_read($s, 10),
    'socket_write' => fn() => socket_write($s, "x"),
    'socket_recv' => function () use ($s) { return socket_recv($s, $buf, 10, 0); },
    'socket_send' => fn() => socket_send($s, "x", 1, 0),
    'socket_recvfrom' => function () use ($s) { return socket_recvfrom($s, $buf, 10, 0, $a, $p); },
    'socket_sendto' => fn() => socket_sendto($s, "x", 1, 0, "127.0.0.1", 1),
    'socket_getsockname' => function () use ($s) { return socket_getsockname($s, $a, $p); },
    'socket_getpeername' => function () use ($s) { return socket_getpeername($s, $a, $p); },
    'socket_last_error' => fn() => socket_last_error($s),
    'socket_clear_error' => fn() => socket_clear_error($s),
];
foreach ($calls as $name => $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECT--
Error: socket_bind(): Argument #1 ($socket) has already been closed
Error: socket_listen(): Argument #1 ($socket) has already been closed
Error: socket_accept(): Argument #1 ($socket) has already been closed
Error: socket_connect(): Argument #1 ($socket) has already been closed
Error: socket_close(): Argument #1 ($socket) has already been closed
Error: socket_shutdown(): Argument #1 ($socket) has already been closed
Error: socket_set_block(): Argument #1 ($socket) has already been closed
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_recv(): Argument #1 ($socket) has already been closed
Error: socket_send(): Argument #1 ($socket) has already been closed
Error: socket_recvfrom(): Argument #1 ($socket) has already been closed
Error: socket_sendto(): Argument #1 ($socket) has already been closed
Error: socket_getsockname(): Argument #1 ($socket) has already been closed
Error: socket_getpeername(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_clear_error(): Argument #1 ($socket) has already been closed
int(0)
