--TEST--
socket_recvmsg(): a sender's abstract unix name comes back whole, as from socket_recvfrom() (8.2 gives "")
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$name = "\0php_sockets_msg_ours_008_" . getmypid();
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s, "$name.srv"));
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($x, $name));
var_dump(socket_sendmsg($x, ['name' => ['path' => "$name.srv"], 'iov' => ['abc']]));
$m = ['name' => ['family' => AF_UNIX], 'controllen' => 100];
var_dump(socket_recvmsg($s, $m), $m['name']['path'] === $name);
var_dump(socket_sendmsg($x, ['name' => ['path' => "$name.srv"], 'iov' => ['def']]));
var_dump(socket_recvfrom($s, $buf, 10, 0, $from), $from === $m['name']['path']);
?>
--EXPECT--
bool(true)
bool(true)
int(3)
int(3)
bool(true)
int(3)
int(3)
bool(true)
