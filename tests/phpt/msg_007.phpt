--TEST--
SCM_CREDENTIALS with SO_PASSCRED: the kernel's credentials, and our own sent explicitly
--FILE--
<?php
/* The process's real uid and gid, without the posix extension. */
preg_match('/^Uid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $u);
preg_match('/^Gid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $g);
$me = ['pid' => getmypid(), 'uid' => (int)$u[1], 'gid' => (int)$g[1]];

socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
var_dump(socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1));

echo "-- implicit\n";
var_dump(socket_sendmsg($p[0], ['iov' => ['who']]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($p[1], $m));
var_dump($m['control'][0]['level'] === SOL_SOCKET, $m['control'][0]['type'] === SCM_CREDENTIALS);
var_dump(array_keys($m['control'][0]['data']), $m['control'][0]['data'] === $me);

echo "-- explicit, numeric strings accepted\n";
var_dump(socket_sendmsg($p[0], ['iov' => ['me'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['gid' => (string)$me['gid'], 'uid' => $me['uid'], 'pid' => $me['pid']]],
]]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($p[1], $m), $m['control'][0]['data'] === $me, $m['iov'][0]);

echo "-- credentials and descriptors together\n";
var_dump(socket_sendmsg($p[0], ['iov' => ['both'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [STDERR]],
]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS) + socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($p[1], $m), count($m['control']));
var_dump($m['control'][0]['type'] === SCM_CREDENTIALS, $m['control'][1]['type'] === SCM_RIGHTS, is_resource($m['control'][1]['data'][0]));
?>
--EXPECT--
bool(true)
-- implicit
int(3)
int(3)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(3) "uid"
  [2]=>
  string(3) "gid"
}
bool(true)
-- explicit, numeric strings accepted
int(2)
int(2)
bool(true)
string(2) "me"
-- credentials and descriptors together
int(4)
int(4)
int(2)
bool(true)
bool(true)
bool(true)
