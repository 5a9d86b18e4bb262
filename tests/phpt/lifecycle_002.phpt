--TEST--
socket_create(): invalid domain or type throws ValueError and sets no error
--SKIPIF--
<?php
$php_below = 80400; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
foreach ([[99, SOCK_STREAM], [-1, SOCK_STREAM], [AF_INET, 99], [AF_INET, -1], [AF_UNIX, 0], [0, SOCK_STREAM]] as [$d, $t]) {
    try {
        var_dump(socket_create($d, $t, 0));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECTF--
ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
int(94)
