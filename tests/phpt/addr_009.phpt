--TEST--
socket_connect(): null or missing port on AF_INET/AF_INET6 throws ValueError
--FILE--
<?php
foreach ([
    fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), "127.0.0.1"),
    fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), "127.0.0.1", null),
    fn() => socket_connect(socket_create(AF_INET6, SOCK_STREAM, 0), "::1"),
    fn() => socket_connect(socket_create(AF_INET, SOCK_DGRAM, 0), "127.0.0.1"),
] as $f) {
    try {
        var_dump($f());
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECT--
ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6
ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
int(0)
