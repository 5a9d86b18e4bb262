<?php
/*
 * The demo: an echo server on socket_listen() + socket_accept(), and three
 * clients, forked from this same script, that connect, send lines, read the
 * echoes back and hang up. The server serves the clients one connection at
 * a time, reading lines with PHP_NORMAL_READ, and exits once all three have
 * been served.
 *
 *   php -n -d extension=modules/sockets.so examples/echo_server.php
 */

const CLIENTS = 3;
const LINES = ["hello\n", "how are you?\n", "bye\n"];

// A safety net: whatever happens, the demo ends within 20 seconds.
pcntl_signal(SIGALRM, function () { fwrite(STDERR, "demo: timed out\n"); exit(1); });
pcntl_async_signals(true);
pcntl_alarm(20);

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($server, '127.0.0.1', 0) or exit(1);
socket_listen($server, 16) or exit(1);
socket_getsockname($server, $addr, $port);
echo "server: listening on $addr:$port\n";

$children = [];
for ($i = 1; $i <= CLIENTS; $i++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        run_client($i, $port);
        exit(0);
    }
    $children[] = $pid;
}

for ($served = 0; $served < CLIENTS; $served++) {
    $conn = socket_accept($server);
    if ($conn === false) {
        echo "server: accept failed: ", socket_strerror(socket_last_error($server)), "\n";
        break;
    }
    socket_getpeername($conn, $peer, $peerPort);
    echo "server: connection from $peer:$peerPort\n";
    // A line read returns false when the client has hung up (with PHP 8.2's
    // warning "Connection reset by peer", which @ keeps out of the demo's
    // output), and "" only on a non-blocking socket.
    while (($line = @socket_read($conn, 1024, PHP_NORMAL_READ)) !== false && $line !== '') {
        if (trim($line) === '') {
            continue;
        }
        echo "server: got ", json_encode($line), ", echoing it\n";
        socket_write($conn, $line);
    }
    echo "server: $peer:$peerPort hung up\n";
    socket_close($conn);
}
socket_close($server);

foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
}
echo "server: served ", CLIENTS, " clients, done\n";

function run_client(int $id, int $port): void
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!socket_connect($s, '127.0.0.1', $port)) {
        echo "client $id: connect failed\n";
        return;
    }
    foreach (LINES as $line) {
        socket_write($s, "[$id] $line");
        $echo = socket_read($s, 1024, PHP_NORMAL_READ);
        echo "client $id: echo ", json_encode($echo), $echo === "[$id] $line" ? " ok" : " MISMATCH", "\n";
    }
    socket_close($s);
}
