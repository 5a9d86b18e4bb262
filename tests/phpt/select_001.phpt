--TEST--
socket_select(): the arrays are reduced to the ready sockets, keys kept
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $a);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $b);
socket_write($a[1], "x");
$read = ['first' => $a[0], 7 => $b[0], 'other' => $b[1]];
$write = [3 => $a[0], 'w' => $b[1]];
$except = [$a[0], $b[0]];
var_dump(socket_select($read, $write, $except, 0));
var_dump(array_keys($read), $read['first'] === $a[0]);
var_dump(array_keys($write), $write[3] === $a[0], $write['w'] === $b[1]);
var_dump($except);
// Nothing ready for reading any more: an empty array, not null.
socket_read($a[0], 10);
$read = [$a[0], $b[0]];
$write = null;
$except = null;
var_dump(socket_select($read, $write, $except, 0), $read, $write, $except);
?>
--EXPECT--
int(3)
array(1) {
  [0]=>
  string(5) "first"
}
bool(true)
array(2) {
  [0]=>
  int(3)
  [1]=>
  string(1) "w"
}
bool(true)
bool(true)
array(0) {
}
int(0)
array(0) {
}
NULL
NULL
