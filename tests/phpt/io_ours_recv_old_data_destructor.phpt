--TEST--
socket_recv(): a destructor in the old $data runs after $data holds the bytes
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// $data holds an array whose object's destructor changes $data while
// socket_recv() stores the bytes in it: the old array must no longer be
// reachable when it is destroyed.
class D { function __destruct() { global $buf; echo "destructor sees: ", gettype($buf), "\n"; if (is_array($buf)) { unset($buf['r']); } } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_send($p[0], "hi", 2, 0);
$tmp = [1, 2];
$buf = ['r' => &$tmp, 'junk' => new D];
unset($tmp);
var_dump(socket_recv($p[1], $buf, 10, 0), $buf);
?>
--EXPECT--
destructor sees: string
int(2)
string(2) "hi"
