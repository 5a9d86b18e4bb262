--TEST--
socket_sendmsg(): SCM_CREDENTIALS data replaced by an int from its pid's __toString()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// SCM_CREDENTIALS data: pid's __toString() replaces the array by an int.
preg_match('/^Uid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $u);
preg_match('/^Gid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $g);
class Evil { function __toString(): string { $GLOBALS['cred'] = 5; return (string)getmypid(); } }
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);
$cred = ['pid' => new Evil, 'uid' => (int)$u[1], 'gid' => (int)$g[1]];
var_dump(socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => &$cred]]], 0));
var_dump($cred);
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
socket_set_nonblock($p[1]);
var_dump(socket_recvmsg($p[1], $m, 0));
var_dump($m['iov'][0] ?? null, isset($m['control'][0]) && $m['control'][0]['data']['pid'] === getmypid());
?>
--EXPECT--
int(1)
int(5)
int(1)
string(1) "x"
bool(true)
