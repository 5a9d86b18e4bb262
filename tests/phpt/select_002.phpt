--TEST--
socket_select(): null and empty arrays; at least one socket is required
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;
try {
    socket_select($n, $n, $n, 0);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Arrays that are all empty hold no socket either.
$r = [];
$w = [];
$e = [];
try {
    socket_select($r, $w, $e, 0);
} catch (ValueError $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
var_dump($r, $w, $e);
// One socket in any one array is enough; empty arrays stay arrays.
$w = [$p[0]];
var_dump(socket_select($r, $w, $n, 0), $r, count($w), $n);
$e = [$p[1]];
var_dump(socket_select($n, $n, $e, 0), $e);
try {
    $s = "not an array";
    socket_select($s, $n, $n, 0);
} catch (TypeError $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
try {
    $r = [$p[0]];
    socket_select($r, $n, $n);
} catch (ArgumentCountError $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
?>
--EXPECT--
ValueError: socket_select(): At least one array argument must be passed
ValueError: socket_select(): At least one array argument must be passed
array(0) {
}
array(0) {
}
array(0) {
}
int(1)
array(0) {
}
int(1)
NULL
int(0)
array(0) {
}
TypeError: socket_select(): Argument #1 ($read) must be of type ?array, string given
ArgumentCountError: socket_select() expects at least 4 arguments, 3 given
