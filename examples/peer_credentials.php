<?php
/*
 * Who is on the other end of a unix socket? The kernel knows the process ID,
 * user ID and group ID of the peer and tells a server two ways, neither of
 * which the client can forge (only root may claim other IDs):
 *
 *  - SO_PEERCRED, read with socket_get_option(): the peer's credentials as
 *    they were when it connected (PHP 8.3 and later, and this module);
 *  - SCM_CREDENTIALS, a control message socket_recvmsg() returns with each
 *    message once the server has turned on SO_PASSCRED: the sender's
 *    credentials when it sent that message (every PHP version).
 *
 * A server grants access by them, say, to the same user only. Here it
 * serves one client forked from this script and checks both against what
 * the client says about itself.
 *
 *   php examples/peer_credentials.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/peer_credentials.php
 */

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

/** This process's user ID (without the posix extension: the owner of /proc/self). */
function my_uid(): int
{
    return function_exists('posix_geteuid') ? posix_geteuid() : fileowner('/proc/self');
}

/** Describes credentials $cred as seen by the server, given the client's own word. */
function judge(array $cred, int $clientPid): string
{
    return sprintf("pid %d, uid %d, gid %d: %s, %s", $cred['pid'], $cred['uid'], $cred['gid'],
        $cred['pid'] === $clientPid ? 'the client' : 'NOT the client',
        $cred['uid'] === my_uid() ? 'same user as the server' : 'another user');
}

pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {
    fwrite(STDERR, "demo: timed out\n");
    exit(1);
});
pcntl_alarm(10);

$path = sys_get_temp_dir() . '/peer_credentials.' . getmypid() . '.sock';
$server = socket_create(AF_UNIX, SOCK_STREAM, 0) or fail('socket_create');
socket_bind($server, $path) or fail("socket_bind $path", $server);
socket_listen($server, 1) or fail('socket_listen', $server);
// Set on the listening socket, SO_PASSCRED passes on to accepted ones.
socket_set_option($server, SOL_SOCKET, SO_PASSCRED, 1) or fail('SO_PASSCRED', $server);
echo "server: listening on ", basename($path), "\n";

$pid = pcntl_fork();
if ($pid === 0) {
    $c = socket_create(AF_UNIX, SOCK_STREAM, 0) or fail('socket_create');
    socket_connect($c, $path) or fail('socket_connect', $c);
    // The client says who it is; the server need not believe it.
    socket_write($c, "hello, I am pid " . getmypid());
    socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    $answer = socket_read($c, 100);
    echo "client: the server says \"$answer\"\n";
    exit(0);
}

$conn = socket_accept($server) or fail('socket_accept', $server);

if (defined('SO_PEERCRED')) {
    $peer = socket_get_option($conn, SOL_SOCKET, SO_PEERCRED);
    echo "server: SO_PEERCRED:     ", judge($peer, $pid), "\n";
} else {
    echo "server: SO_PEERCRED:     not in this PHP (it came with PHP 8.3)\n";
}

$message = ['buffer_size' => 100, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
socket_set_option($conn, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
if (socket_recvmsg($conn, $message, 0) === false) {
    fail('socket_recvmsg', $conn);
}
foreach ($message['control'] as $cmsg) {
    if ($cmsg['level'] === SOL_SOCKET && $cmsg['type'] === SCM_CREDENTIALS) {
        echo "server: SCM_CREDENTIALS: ", judge($cmsg['data'], $pid), "\n";
        $granted = $cmsg['data']['uid'] === my_uid();
    }
}
echo "server: the client wrote \"", $message['iov'][0], "\"\n";
socket_write($conn, isset($granted) && $granted ? 'welcome' : 'go away');
socket_close($conn);

pcntl_waitpid($pid, $status);
socket_close($server);
unlink($path);
