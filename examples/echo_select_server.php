<?php
/*
 * An echo server in one PHP process, multiplexing every connection with
 * socket_select(): whatever a client sends comes back to it. It binds the
 * address given (port 0 picks a free one), prints "listening on ADDR:PORT"
 * and how to talk to it, serves for the given number of seconds (10 by
 * default), then closes everything and says how much it served.
 *
 *   php -n -d extension=modules/sockets.so examples/echo_select_server.php [ADDR:PORT] [SECONDS]
 *
 * bench/run.sh drives it with 100 concurrent clients (bench/c/loadgen.c).
 * It runs under PHP's bundled module too, as long as the descriptors stay
 * below 1024 (the bundled socket_select() is built on select()).
 */

[$host, $port] = explode(':', $argv[1] ?? '127.0.0.1:0') + [1 => '0'];
$seconds = (float)($argv[2] ?? 10);

$server = socket_create(str_contains($host, ':') ? AF_INET6 : AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, $host, (int)$port) || !socket_listen($server, 512)) {
    fwrite(STDERR, "cannot listen on $host:$port\n");
    exit(1);
}
socket_getsockname($server, $addr, $port);
echo "listening on $addr:$port\n";
// Said at once, so that nobody takes the quiet wait for a hang.
echo "serving for {$seconds} s, then stopping by itself; try: nc $addr $port\n";

$clients = [];   // spl_object_id => Socket
$accepted = $echoed = 0;
$end = hrtime(true) + (int)($seconds * 1e9);
while (hrtime(true) < $end) {
    $read = $clients;
    $read[] = $server;
    $write = $except = null;
    // A bounded wait, so that the deadline is checked even when idle.
    if (socket_select($read, $write, $except, 0, 200000) < 1) {
        continue;
    }
    foreach ($read as $sock) {
        if ($sock === $server) {
            $conn = socket_accept($server);
            if ($conn !== false) {
                socket_set_option($conn, SOL_TCP, TCP_NODELAY, 1);
                $clients[spl_object_id($conn)] = $conn;
                $accepted++;
            }
            continue;
        }
        $data = socket_read($sock, 65536);
        if ($data === false || $data === '') {
            unset($clients[spl_object_id($sock)]);
            socket_close($sock);
            continue;
        }
        // Echo all of it: a blocking socket may still take it in parts.
        for ($off = 0, $len = strlen($data); $off < $len; $off += $n) {
            $n = socket_write($sock, $off ? substr($data, $off) : $data);
            if ($n === false) {
                break;
            }
            $echoed += $n;
        }
    }
}
foreach ($clients as $sock) {
    socket_close($sock);
}
socket_close($server);
echo "stopped after {$seconds} s: $accepted connections, $echoed bytes echoed\n";
