--TEST--
socket_create_pair(): errors leave $pair untouched (PHP 8.4 and later)
--SKIPIF--
<?php
$php_from = 80400; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$pair = "untouched";
var_dump(socket_create_pair(AF_INET, SOCK_STREAM, 0, $pair));
var_dump($pair, socket_last_error() === SOCKET_EOPNOTSUPP);
socket_clear_error();
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 99, $pair));
var_dump($pair, socket_last_error() === SOCKET_EPROTONOSUPPORT);
foreach ([[99, SOCK_STREAM], [AF_UNIX, 99]] as [$d, $t]) {
    try {
        socket_create_pair($d, $t, 0, $pair);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($pair);
?>
--EXPECTF--
Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)
string(9) "untouched"
bool(true)

Warning: socket_create_pair(): Unable to create socket pair [93]: Protocol not supported in %s on line %d
bool(false)
string(9) "untouched"
bool(true)
ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
ValueError: socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK
string(9) "untouched"
