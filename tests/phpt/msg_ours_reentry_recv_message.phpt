--TEST--
socket_recvmsg(): $message replaced by its buffer_size's __toString()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// socket_recvmsg(): buffer_size's __toString() replaces $message itself.
class Evil { function __toString(): string { $GLOBALS['m'] = 'gone'; return "10"; } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_send($p[0], "hello", 5, 0);
$m = ['buffer_size' => new Evil, 'controllen' => 100, 'name' => []];
var_dump(socket_recvmsg($p[1], $m, 0));
var_dump($m['iov'] ?? $m);
?>
--EXPECT--
int(5)
array(1) {
  [0]=>
  string(5) "hello"
}
