--TEST--
socket_atmark(): errors (a socket without urgent data support, a closed socket, wrong argument)
--SKIPIF--
<?php
/* socket_atmark() is in the bundled module from PHP 8.3 on. */
if (PHP_VERSION_ID < 80400) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_clear_error();
var_dump(socket_atmark($u), socket_last_error($u), socket_last_error());
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_atmark($p[0]));
socket_close($u);
try {
    socket_atmark($u);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    socket_atmark(STDIN);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_atmark(): Unable to apply sockmark [25]: %s in %s on line %d
bool(false)
int(25)
int(25)
bool(false)
Error: socket_atmark(): Argument #1 ($socket) has already been closed
TypeError: socket_atmark(): Argument #1 ($socket) must be of type Socket, resource given
