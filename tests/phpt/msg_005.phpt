--TEST--
SCM_RIGHTS between two processes: a file and a socket passed over a unix socket, the file read on the other side
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork() is not available'); ?>
--FILE--
<?php
$file = tempnam(sys_get_temp_dir(), 'php_sockets_msg_005_');
$data = random_bytes(200000);
file_put_contents($file, $data);

var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p));
$reply = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);

$pid = pcntl_fork();
if ($pid === 0) {
    /* The child: waits (at most 10 s) for one message with two descriptors,
     * reads the file through the first and answers through the second. */
    socket_close($p[0]);
    fclose($reply[0]);
    fclose($reply[1]);
    socket_set_nonblock($p[1]);
    for ($i = 0; $i < 1000; $i++) {
        $m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2), 'buffer_size' => 64];
        if (@socket_recvmsg($p[1], $m) !== false) {
            break;
        }
        usleep(10000);
    }
    $fds = $m['control'][0]['data'] ?? [];
    if (count($fds) !== 2 || !is_resource($fds[0]) || !($fds[1] instanceof Socket)) {
        exit(2);
    }
    $answer = sprintf("%s %s %s %s\n", $m['iov'][0], get_resource_type($fds[0]), get_class($fds[1]),
        md5(stream_get_contents($fds[0])));
    socket_write($fds[1], $answer);
    exit(0);
}

socket_close($p[1]);
$f = fopen($file, 'r');
/* The descriptors travel: the parent's copies can be closed and the file
 * unlinked, the child still reads it through the descriptor it got. */
var_dump(socket_sendmsg($p[0], ['iov' => ['here'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f, $reply[1]]],
]]));
fclose($f);
fclose($reply[1]);
unlink($file);

stream_set_timeout($reply[0], 10);
$line = fgets($reply[0]);
[$iov, $type, $class, $md5] = explode(' ', trim((string)$line)) + [null, null, null, null];
var_dump($iov, $type, $class, $md5 === md5($data));
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
bool(true)
int(4)
string(4) "here"
string(6) "stream"
string(6) "Socket"
bool(true)
int(0)
