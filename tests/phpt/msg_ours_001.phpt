--TEST--
SCM_RIGHTS with Socket objects sends those sockets (8.2 sends descriptor 0 in their place)
--SKIPIF--
<?php
/* PHP 8.4 sends the Socket as this module does; 8.2 and 8.5 send another descriptor. */
if (PHP_VERSION_ID < 80400 || PHP_VERSION_ID >= 80500) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$file = tempnam(sys_get_temp_dir(), 'php_sockets_msg_ours_001_');
file_put_contents($file, 'contents');
$f = fopen($file, 'r');

echo "-- one Socket\n";
var_dump(socket_sendmsg($p[0], ['iov' => ['s'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$q[1]]],
]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($p[1], $m));
$got = $m['control'][0]['data'];
var_dump(count($got), get_class($got[0]));
var_dump(socket_write($got[0], 'via the copy'), socket_read($q[0], 100));

echo "-- a stream, a Socket, a stream: each in its place\n";
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendmsg($p[0], ['iov' => ['mix'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f, $q[1], $f, $r]],
]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 4)];
var_dump(socket_recvmsg($p[1], $m));
$got = $m['control'][0]['data'];
var_dump(count($got), is_resource($got[0]), get_class($got[1]), is_resource($got[2]), get_class($got[3]));
var_dump(fread($got[0], 100));
var_dump(socket_write($got[1], 'again'), socket_read($q[0], 100));
socket_getsockname($got[3], $path);
var_dump($path);
unlink($file);
?>
--EXPECT--
-- one Socket
int(1)
int(1)
int(1)
string(6) "Socket"
int(12)
string(12) "via the copy"
-- a stream, a Socket, a stream: each in its place
int(3)
int(3)
int(4)
bool(true)
string(6) "Socket"
bool(true)
string(6) "Socket"
string(8) "contents"
int(5)
string(5) "again"
string(0) ""
