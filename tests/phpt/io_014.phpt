--TEST--
socket_sendto(): null port on inet sockets throws ValueError, bad hosts warn
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach ([
    fn() => socket_sendto($s, "x", 1, 0, "127.0.0.1"),
    fn() => socket_sendto($s, "x", 1, 0, "127.0.0.1", null),
    fn() => socket_sendto($s6, "x", 1, 0, "::1"),
] as $f) {
    try {
        var_dump($f());
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_sendto($s, "x", 1, 0, "no such host", 9));
var_dump(socket_last_error($s) <= -10000);
var_dump(socket_sendto($s6, "x", 1, 0, "no such host", 9));
var_dump(socket_last_error($s6) <= -10000);
?>
--EXPECTF--
ValueError: socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
ValueError: socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
ValueError: socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET6

Warning: socket_sendto(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)

Warning: socket_sendto(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
