--TEST--
socket_select(): timeouts (null waits, microseconds carry into seconds, negative parts are invalid)
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;

// Nothing to read: waits the timeout, then returns 0.
$r = [$p[0]];
$t = microtime(true);
var_dump(socket_select($r, $n, $n, 0, 200000), $r);
$took = microtime(true) - $t;
var_dump($took >= 0.15 && $took < 5);

// A million microseconds or more carry into the seconds, as in 8.2:
// -1 s + 1.2 s is a valid 0.2 s timeout.
$r = [$p[0]];
$t = microtime(true);
var_dump(socket_select($r, $n, $n, -1, 1200000));
$took = microtime(true) - $t;
var_dump($took >= 0.15 && $took < 5);

// With a socket ready, any valid timeout (and null: no limit) returns at once.
socket_write($p[1], "x");
foreach ([[0, 0], [0, 1000000], [0, 999999], [3, 0], [null, 0]] as [$sec, $usec]) {
    $r = [$p[0]];
    $t = microtime(true);
    $got = socket_select($r, $n, $n, $sec, $usec);
    var_dump($got, microtime(true) - $t < 2);
}

// A negative part is invalid: a warning, false, EINVAL as the last error.
foreach ([[0, -1], [-1, 0], [-1, 999999], [5, -5000000]] as [$sec, $usec]) {
    socket_clear_error();
    $r = [$p[0]];
    var_dump(socket_select($r, $n, $n, $sec, $usec), socket_last_error(), count($r));
}
?>
--EXPECTF--
int(0)
array(0) {
}
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(1)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(1)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(1)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(1)
