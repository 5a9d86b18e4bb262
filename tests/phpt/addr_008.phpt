--TEST--
socket_connect() refused on AF_INET and AF_INET6 (port bound but not listening)
--FILE--
<?php
foreach ([[AF_INET, "127.0.0.1"], [AF_INET6, "::1"]] as [$fam, $host]) {
    $b = socket_create($fam, SOCK_STREAM, SOL_TCP);
    socket_bind($b, $host, 0);
    socket_getsockname($b, $x, $port);
    $c = socket_create($fam, SOCK_STREAM, SOL_TCP);
    var_dump(socket_connect($c, $host, $port));
    var_dump(socket_last_error($c) === SOCKET_ECONNREFUSED, socket_last_error() === SOCKET_ECONNREFUSED);
}
?>
--EXPECTF--
Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
bool(true)
bool(true)
