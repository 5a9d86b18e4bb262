--TEST--
socket_bind() AF_INET6 errors: link-local without scope, not-local address, malformed names
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_STREAM, 0);
var_dump(socket_bind($s, "fe80::1", 0));
var_dump(socket_last_error($s) === SOCKET_EINVAL);
$s = socket_create(AF_INET6, SOCK_STREAM, 0);
var_dump(socket_bind($s, "2001:db8::1", 0));
var_dump(socket_last_error($s) === SOCKET_EADDRNOTAVAIL);
foreach (["[::1]", "::zz", "no such host", "1::2::3"] as $addr) {
    $s = socket_create(AF_INET6, SOCK_STREAM, 0);
    echo $addr, "\n";
    var_dump(socket_bind($s, $addr, 0));
    var_dump(socket_last_error($s) <= -10000);
}
?>
--EXPECTF--
Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
[::1]

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
::zz

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
no such host

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
1::2::3

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
