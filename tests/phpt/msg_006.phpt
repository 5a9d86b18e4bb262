--TEST--
SCM_RIGHTS: several descriptors in one message, files and sockets, in order; freed with their values
--FILE--
<?php
function open_fds() { return count(scandir('/proc/self/fd')); }
$dir = sys_get_temp_dir();
$files = [];
for ($i = 0; $i < 3; $i++) {
    $files[$i] = "$dir/php_sockets_msg_006_" . getmypid() . "_$i";
    file_put_contents($files[$i], "file $i");
}
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$handles = [fopen($files[0], 'r'), fopen($files[1], 'r'), $pair[1], fopen($files[2], 'r')];
$before = open_fds();

var_dump(socket_sendmsg($p[0], ['iov' => ['four'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => ['a' => $handles[0], 'b' => $handles[1], 'c' => $handles[2], 'd' => $handles[3]]],
]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 4)];
var_dump(socket_recvmsg($p[1], $m));
var_dump(count($m['control']), $m['control'][0]['level'] === SOL_SOCKET, $m['control'][0]['type'] === SCM_RIGHTS);
$got = $m['control'][0]['data'];
var_dump(array_keys($got));
var_dump(fread($got[0], 100), fread($got[1], 100), fread($got[3], 100));
$meta = stream_get_meta_data($got[0]);
var_dump($meta['stream_type'], $meta['mode'], $meta['wrapper_type'] ?? null);
var_dump(get_class($got[2]));
/* The received socket is the other end of the pair. */
var_dump(socket_write($got[2], "through the copy"), fread($pair[0], 100));
var_dump(open_fds() - $before);
unset($m, $got);
var_dump(open_fds() - $before);

echo "-- two SCM_RIGHTS elements: the kernel delivers one message\n";
var_dump(socket_sendmsg($p[0], ['iov' => ['two'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$handles[0]]],
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$handles[3]]],
]]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($p[1], $m), count($m['control']), count($m['control'][0]['data']));
rewind($m['control'][0]['data'][1]);
var_dump(fread($m['control'][0]['data'][1], 100));
unset($m);
var_dump(open_fds() - $before);
foreach ($files as $f) unlink($f);
?>
--EXPECT--
int(4)
int(4)
int(1)
bool(true)
bool(true)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
string(6) "file 0"
string(6) "file 1"
string(6) "file 2"
string(5) "STDIO"
string(2) "rw"
NULL
string(6) "Socket"
int(16)
string(16) "through the copy"
int(4)
int(0)
-- two SCM_RIGHTS elements: the kernel delivers one message
int(3)
int(3)
int(1)
int(2)
string(6) "file 2"
int(0)
