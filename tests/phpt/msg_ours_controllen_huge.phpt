--TEST--
socket_recvmsg(): a huge controllen is not a huge allocation; descriptors still arrive
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
memory_limit=32M
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$f = fopen('php://memory', 'r');
var_dump(socket_sendmsg($p[0], [
    'iov' => ['hello'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0]]]],
], 0));
$msg = ['buffer_size' => 100, 'controllen' => 4294967295];
var_dump(socket_recvmsg($p[1], $msg, 0));
var_dump($msg['iov'][0], count($msg['control']), $msg['control'][0]['data'][0] instanceof Socket);
?>
--EXPECT--
int(5)
int(5)
string(5) "hello"
int(1)
bool(true)
