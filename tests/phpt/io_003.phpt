--TEST--
socket_write()/socket_send()/socket_sendto(): negative length throws ValueError, nothing is sent
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
foreach ([
    fn() => socket_write($a, "data", -1),
    fn() => socket_write($a, "data", PHP_INT_MIN),
    fn() => socket_send($a, "data", -1, 0),
    fn() => socket_sendto($a, "data", -5, 0, "127.0.0.1", 1),
] as $f) {
    try {
        var_dump($f());
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
socket_set_nonblock($b);
var_dump(socket_read($b, 100));
var_dump(socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
ValueError: socket_send(): Argument #3 ($length) must be greater than or equal to 0
ValueError: socket_sendto(): Argument #3 ($length) must be greater than or equal to 0
bool(false)
bool(true)
