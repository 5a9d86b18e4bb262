--TEST--
SO_PEERCRED (PHP 8.3 to 8.5) reads as an array of pid, uid and gid
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// This process's ids, from /proc (the posix extension may not be loaded).
preg_match('/^Uid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $uid);
preg_match('/^Gid:\s+(\d+)/m', file_get_contents('/proc/self/status'), $gid);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
$cred = socket_get_option($pair[0], SOL_SOCKET, SO_PEERCRED);
var_dump(array_keys($cred));
var_dump($cred === ['pid' => getmypid(), 'uid' => (int)$uid[1], 'gid' => (int)$gid[1]]);
var_dump(socket_get_option($pair[1], SOL_SOCKET, SO_PEERCRED) === $cred);
// Over a connected unix stream socket as well.
$path = sys_get_temp_dir() . '/peercred-' . getmypid() . '.sock';
@unlink($path);
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $path);
socket_listen($l);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_connect($c, $path);
$a = socket_accept($l);
var_dump(socket_get_option($a, SOL_SOCKET, SO_PEERCRED)['pid'] === getmypid());
unlink($path);
// It cannot be set.
var_dump(socket_set_option($a, SOL_SOCKET, SO_PEERCRED, 1));
?>
--EXPECTF--
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
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
