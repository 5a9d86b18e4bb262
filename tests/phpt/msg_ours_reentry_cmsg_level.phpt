--TEST--
socket_sendmsg(): a control element dropped by its level's __toString()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// A control element's level: __toString() drops the element (held through a
// reference) while its other keys are still to be read.
class Evil { function __toString(): string { $GLOBALS['el'] = null; unset($GLOBALS['control'][0]); return (string)SOL_SOCKET; } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$el = ['level' => new Evil, 'type' => SCM_RIGHTS, 'data' => [$p[0]]];
$control = [&$el];
var_dump(socket_sendmsg($p[0], ['iov' => ['x'], 'control' => &$control], 0));
var_dump($el, count($control));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
socket_set_nonblock($p[1]);
var_dump(socket_recvmsg($p[1], $m, 0));
var_dump($m['iov'][0] ?? null, count($m['control'] ?? []), ($m['control'][0]['data'][0] ?? null) instanceof Socket);
?>
--EXPECT--
int(1)
NULL
int(0)
int(1)
string(1) "x"
int(1)
bool(true)
