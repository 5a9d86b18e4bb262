--TEST--
socket_sendmsg(): IPV6_PKTINFO data replaced by a string from its addr's __toString()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// IPV6_PKTINFO data: addr's __toString() replaces the array by a string.
class Evil { function __toString(): string { $GLOBALS['info'] = "str"; return "::1"; } }
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$r = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "::1", 0);
socket_getsockname($r, $a, $port);
$info = ['addr' => new Evil, 'ifindex' => 0];
var_dump(socket_sendmsg($s, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['x'],
    'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => &$info]]], 0));
var_dump($info);
socket_set_nonblock($r);
var_dump(socket_recv($r, $buf, 10, 0), $buf);
?>
--EXPECT--
int(1)
string(3) "str"
int(1)
string(1) "x"
