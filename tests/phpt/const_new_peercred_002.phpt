--TEST--
SO_PEERCRED without a peer: the kernel's "no such id" reads as -1, as newer PHP gives uid and gid (signed), not 4294967295
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// A TCP socket that is not connected has no peer: the kernel answers pid 0
// and the overflow ids ((uid_t)-1, (gid_t)-1).
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_PEERCRED));
// A unix pair has this process on the other end.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$cred = socket_get_option($p[0], SOL_SOCKET, SO_PEERCRED);
var_dump($cred['pid'] === getmypid(), $cred['uid'] >= 0, $cred['gid'] >= 0);
?>
--EXPECT--
array(3) {
  ["pid"]=>
  int(0)
  ["uid"]=>
  int(-1)
  ["gid"]=>
  int(-1)
}
bool(true)
bool(true)
bool(true)
