--TEST--
Out-of-range ports throw ValueError in socket_bind/socket_connect/socket_sendto/socket_create_listen
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$calls = [
    'bind' => fn($port) => socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), "127.0.0.1", $port),
    'bind6' => fn($port) => socket_bind(socket_create(AF_INET6, SOCK_DGRAM, 0), "::1", $port),
    'connect' => fn($port) => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), "127.0.0.1", $port),
    'connect6' => fn($port) => socket_connect(socket_create(AF_INET6, SOCK_STREAM, 0), "::1", $port),
    'sendto' => fn($port) => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), "x", 1, 0, "127.0.0.1", $port),
    'sendto6' => fn($port) => socket_sendto(socket_create(AF_INET6, SOCK_DGRAM, 0), "x", 1, 0, "::1", $port),
    'create_listen' => fn($port) => socket_create_listen($port),
];
foreach ($calls as $name => $f) {
    foreach ([-1, 65536, PHP_INT_MAX, PHP_INT_MIN] as $port) {
        try {
            var_dump($f($port));
        } catch (ValueError $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
}
var_dump(socket_last_error());
// the bounds themselves are fine
$s = socket_create(AF_INET, SOCK_DGRAM, 0);
var_dump(socket_bind($s, "127.0.0.1", 0));
var_dump(socket_sendto($s, "x", 1, 0, "127.0.0.1", 65535));
?>
--EXPECT--
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_connect(): Argument #3 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
int(0)
bool(true)
int(1)
