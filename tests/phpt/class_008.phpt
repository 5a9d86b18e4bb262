--TEST--
Arguments of the wrong class throw TypeError
--FILE--
<?php
$ai = socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET]);
foreach ([
    fn() => socket_close(new stdClass),
    fn() => socket_close(null),
    fn() => socket_write($ai[0], "x"),
    fn() => socket_read("not a socket", 1),
    fn() => socket_last_error(new stdClass),
    fn() => socket_clear_error(1),
] as $f) {
    try {
        var_dump($f());
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, stdClass given
TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, null given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, AddressInfo given
TypeError: socket_read(): Argument #1 ($socket) must be of type Socket, string given
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, stdClass given
TypeError: socket_clear_error(): Argument #1 ($socket) must be of type ?Socket, int given
