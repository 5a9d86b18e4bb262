<?php
/*
 * Passing open file descriptors from one process to another with SCM_RIGHTS:
 * a dispatcher accepts a TCP connection and hands it, together with an open
 * log file, to a worker process over a unix socket. The worker answers the
 * client on the very connection the dispatcher accepted and writes to the
 * very file the dispatcher opened: it receives descriptors, not names or
 * copies (the file offset is shared, for instance).
 *
 *   php examples/fd_passing.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/fd_passing.php
 *
 * socket_sendmsg() takes the descriptors to pass as Socket objects or PHP
 * streams in a control message; socket_recvmsg() gives back a Socket for a
 * socket and a stream for anything else.
 *
 * PHP 8.2's bundled module sends the wrong descriptor for a Socket object
 * (docs/compat.md, "SCM_RIGHTS sends the Socket objects it is given"); with
 * it, pass socket_export_stream($conn) instead of $conn. This module sends
 * Sockets as given.
 */

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {
    fwrite(STDERR, "demo: timed out\n");
    exit(1);
});
pcntl_alarm(10);

// The channel between dispatcher and worker: descriptors travel over unix
// sockets only.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) or fail('socket_create_pair');
[$toWorker, $fromDispatcher] = $pair;

$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
socket_bind($listener, '127.0.0.1', 0) or fail('socket_bind', $listener);
socket_listen($listener, 4) or fail('socket_listen', $listener);
socket_getsockname($listener, $addr, $port);
echo "dispatcher: listening on $addr:$port\n";

// ------------------------------------------------------------ the worker
$worker = pcntl_fork();
if ($worker === 0) {
    socket_close($listener);
    socket_close($toWorker);
    $message = [
        'buffer_size' => 64,
        // Room for a control message that carries two descriptors.
        'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2),
    ];
    if (socket_recvmsg($fromDispatcher, $message, 0) === false) {
        fail('worker: socket_recvmsg', $fromDispatcher);
    }
    $cmsg = $message['control'][0] ?? null;
    if ($cmsg === null || $cmsg['level'] !== SOL_SOCKET || $cmsg['type'] !== SCM_RIGHTS) {
        fail('worker: no descriptors came');
    }
    [$log, $conn] = $cmsg['data'];
    printf("worker: got \"%s\" with a %s and a %s\n", $message['iov'][0],
        is_resource($log) ? get_resource_type($log) : get_debug_type($log), get_debug_type($conn));

    $request = socket_read($conn, 100, PHP_NORMAL_READ);
    socket_write($conn, "hello from the worker, you said " . json_encode(rtrim($request)) . "\n");
    socket_close($conn);
    fwrite($log, "worker: answered the connection\n");
    fclose($log);
    exit(0);
}
socket_close($fromDispatcher);

// ------------------------------------------------------------ a client
$client = pcntl_fork();
if ($client === 0) {
    socket_close($listener);
    socket_close($toWorker);
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    socket_connect($s, '127.0.0.1', $port) or fail('client: socket_connect', $s);
    socket_write($s, "what time is it?\n");
    $answer = socket_read($s, 200, PHP_NORMAL_READ);
    echo "client: $answer";
    exit(0);
}

// ------------------------------------------------------------ the dispatcher
$log = tmpfile();
fwrite($log, "dispatcher: opened the log\n");

$conn = socket_accept($listener) or fail('socket_accept', $listener);
socket_getpeername($conn, $peer);
echo "dispatcher: accepted a connection from $peer, passing it on\n";
$sent = socket_sendmsg($toWorker, [
    'iov' => ['connection 1'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$log, $conn]]],
], 0);
if ($sent === false) {
    fail('socket_sendmsg', $toWorker);
}
// The worker holds its own descriptors now; closing ours does not close
// the connection or the file for it.
socket_close($conn);

$ok = true;
foreach ([$worker, $client] as $pid) {
    pcntl_waitpid($pid, $status);
    $ok = $ok && pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0;
}
// The worker wrote through the same open file description: its line follows
// ours, at the offset ours left.
rewind($log);
echo "the log now reads:\n", preg_replace('/^/m', '  ', stream_get_contents($log));
exit($ok ? 0 : 1);
