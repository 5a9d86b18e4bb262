--TEST--
socket_recvmsg(): a destructor in the old $message runs after $message holds the result
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// The old $message holds an object whose destructor changes $message while
// socket_recvmsg() replaces it with the result: the old array must no longer
// be reachable when it is destroyed.
class D { function __destruct() { global $m; echo "destructor sees: ", gettype($m), " ", is_array($m) ? count($m) : '', "\n"; if (is_array($m)) { unset($m['r']); } } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_send($p[0], "hi", 2, 0);
$tmp = [1, 2];
$m = ['controllen' => 100, 'r' => &$tmp, 'junk' => new D];
unset($tmp);
var_dump(socket_recvmsg($p[1], $m));
var_dump($m['iov']);
?>
--EXPECT--
destructor sees: array 4
int(2)
array(1) {
  [0]=>
  string(2) "hi"
}
