--TEST--
"Host lookup failed" reports the code of the lookup that failed, not a stale h_errno
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// 8.2 gives -10000 or -10003 here depending on what the previous lookup left behind
foreach (["::1", "", "::1", "300.1.1.1", "::1"] as $addr) {
    $s = socket_create(AF_INET, SOCK_STREAM, 0);
    var_dump(socket_bind($s, $addr, 0));
    var_dump(socket_last_error($s));
}
$s = socket_create(AF_INET6, SOCK_STREAM, 0);
var_dump(socket_connect($s, "1::2::3", 80));
?>
--EXPECTF--
Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
int(-10001)

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
