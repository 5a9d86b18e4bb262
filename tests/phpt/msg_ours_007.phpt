--TEST--
socket_recvmsg(): a name asked for as AF_INET on an AF_INET6 socket is read whole (8.2 reads past its buffer)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '::1', 0);
socket_getsockname($s, $addr, $port);
$c = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($c, '::1', 0);
socket_getsockname($c, $caddr, $cport);
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['x']]));
$m = ['name' => ['family' => AF_INET], 'controllen' => 16];
var_dump(socket_recvmsg($s, $m), $m['name']['family'] === AF_INET6, $m['name']['addr'], $m['name']['port'] === $cport);
?>
--EXPECT--
int(1)
int(1)
bool(true)
string(3) "::1"
bool(true)
