--TEST--
socket_select(): a socket listed twice, the same variable for two arrays, references
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
$n = null;

// Listed twice in one array: both entries stay, the count is one.
$r = ['a' => $p[0], 'b' => $p[0], 3 => $p[1]];
$w = [$p[0], $p[1]];
$e = [$p[0]];
var_dump(socket_select($r, $w, $e, 0));
var_dump(array_keys($r), array_keys($w), $e);

// The same variable for read and write: reduced for reading first,
// then what is left is reduced for writing.
$a = [$p[1], $p[0]];
var_dump(socket_select($a, $a, $n, 0));
var_dump(array_keys($a), $a[1] === $p[0]);

// Elements that are references are read through; the result holds values.
$x = $p[0];
$r = ['ref' => &$x];
var_dump(socket_select($r, $n, $n, 0));
$r['ref'] = 'replaced';
var_dump($x === $p[0]);
?>
--EXPECT--
int(3)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(0) {
}
int(3)
array(1) {
  [0]=>
  int(1)
}
bool(true)
int(1)
bool(true)
