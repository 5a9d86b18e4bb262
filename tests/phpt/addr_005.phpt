--TEST--
socket_bind()/socket_connect() AF_INET with malformed or unresolvable addresses: Host lookup failed
--FILE--
<?php
$cases = ["no such host", "300.1.1.1", "::1", "", "bad..name"];
foreach ($cases as $addr) {
    $s = socket_create(AF_INET, SOCK_STREAM, 0);
    echo json_encode($addr), "\n";
    var_dump(socket_bind($s, $addr, 0));
    var_dump(socket_last_error($s) <= -10000, socket_last_error() === socket_last_error($s));
}
$s = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_connect($s, "no such host", 80));
?>
--EXPECTF--
"no such host"

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
"300.1.1.1"

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
"::1"

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
""

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
"bad..name"

Warning: socket_bind(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_connect(): Host lookup failed [%i]: %s in %s on line %d
bool(false)
