--TEST--
socket_sendmsg(): name's addr __toString() drops the name array (held by reference) mid-conversion
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// name's addr: __toString() drops the only array holding it.
class Evil { function __toString(): string { $GLOBALS['name'] = null; return "127.0.0.1"; } }
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $a, $port);
$name = ['addr' => new Evil, 'port' => $port];
var_dump(socket_sendmsg($s, ['name' => &$name, 'iov' => ['x']], 0));
var_dump($name);
socket_set_nonblock($r);
var_dump(socket_recv($r, $buf, 10, 0), $buf);
?>
--EXPECT--
int(1)
NULL
int(1)
string(1) "x"
