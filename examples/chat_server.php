<?php
/*
 * A chat server in one process: socket_select() watches the listening socket
 * and every client at once, so no client waits for another. A client's first
 * line is its name; each line after that goes to everybody else; "/quit"
 * leaves.
 *
 * The demo (the default) forks three clients from this script, lets them
 * chat and exits by itself once they have all left:
 *
 *   php examples/chat_server.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/chat_server.php
 *
 * To chat by hand, serve on a port until Ctrl-C and connect with netcat:
 *
 *   php examples/chat_server.php serve 9000        # then: nc 127.0.0.1 9000
 */

const NAMES = ['alice', 'bob', 'carol'];
const MAX_LINE = 512;

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

// ---------------------------------------------------------------- server

/** Sends $line to every named client except $except. */
function broadcast(array $clients, string $line, ?Socket $except = null): int
{
    $sent = 0;
    foreach ($clients as $c) {
        if ($c['socket'] !== $except && $c['name'] !== null) {
            // Lines are short and clients read them at once; a server for
            // slow clients would queue output and select() for writing too.
            @socket_write($c['socket'], "$line\n");
            $sent++;
        }
    }
    return $sent;
}

function online(array $clients): int
{
    return count(array_filter($clients, fn($c) => $c['name'] !== null));
}

/**
 * Serves until $expected clients have come and gone (0: forever).
 * Returns the number of lines relayed.
 */
function serve(Socket $listener, int $expected): int
{
    $clients = [];      // spl_object_id(socket) => ['socket', 'name', 'buffer']
    $served = 0;
    $relayed = 0;
    while ($expected === 0 || $served < $expected || $clients) {
        $read = [$listener];
        foreach ($clients as $c) {
            $read[] = $c['socket'];
        }
        $write = $except = null;
        // A timeout, so that a demo whose clients died still ends.
        $ready = socket_select($read, $write, $except, 5);
        if ($ready === false) {
            fail('socket_select');
        }
        if ($ready === 0 && $expected !== 0) {
            echo "server: nobody said anything for 5 seconds, stopping\n";
            break;
        }
        foreach ($read as $socket) {
            if ($socket === $listener) {
                $conn = socket_accept($listener);
                if ($conn !== false) {
                    $clients[spl_object_id($conn)] = ['socket' => $conn, 'name' => null, 'buffer' => ''];
                    socket_write($conn, "welcome! your name?\n");
                    $served++;
                }
                continue;
            }
            $id = spl_object_id($socket);
            $data = socket_read($socket, 4096);
            if ($data === false || $data === '') {
                // The client hung up (or the connection broke).
                $name = $clients[$id]['name'];
                unset($clients[$id]);
                socket_close($socket);
                if ($name !== null) {
                    echo "server: $name left\n";
                    broadcast($clients, "* $name left (" . online($clients) . " online)");
                }
                continue;
            }
            $clients[$id]['buffer'] .= $data;
            // Handle each complete line; keep a partial one for later.
            while (($nl = strpos($clients[$id]['buffer'], "\n")) !== false) {
                $line = rtrim(substr($clients[$id]['buffer'], 0, $nl), "\r");
                $clients[$id]['buffer'] = substr($clients[$id]['buffer'], $nl + 1);
                $relayed += handle_line($clients, $id, substr($line, 0, MAX_LINE));
                if (!isset($clients[$id])) {
                    break;
                }
            }
        }
    }
    return $relayed;
}

/** Acts on one line of client $id; returns 1 when it relayed a message. */
function handle_line(array &$clients, int $id, string $line): int
{
    $client = &$clients[$id];
    if ($client['name'] === null) {
        $client['name'] = preg_replace('/[^a-z0-9_-]/i', '', $line) ?: "guest$id";
        echo "server: {$client['name']} joined\n";
        broadcast($clients, "* {$client['name']} joined (" . online($clients) . " online)");
        return 0;
    }
    if ($line === '/quit') {
        socket_write($client['socket'], "bye\n");
        socket_close($client['socket']);
        $name = $client['name'];
        unset($client, $clients[$id]);
        echo "server: $name left\n";
        broadcast($clients, "* $name left (" . online($clients) . " online)");
        return 0;
    }
    if ($line === '') {
        return 0;
    }
    broadcast($clients, "{$client['name']}: $line", $client['socket']);
    return 1;
}

// ---------------------------------------------------------------- client

/**
 * A demo client: says its name, waits until all three are there, says one
 * line, waits for the other two's lines, then quits.
 */
function run_client(string $name, int $port): void
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    if (!socket_connect($s, '127.0.0.1', $port)) {
        fail("$name: socket_connect", $s);
    }
    $next = function () use ($s, $name): string {
        $line = socket_read($s, MAX_LINE, PHP_NORMAL_READ);
        if ($line === false || $line === '') {
            fail("$name: no answer from the server", $s);
        }
        return rtrim($line, "\n");
    };
    $next();                            // "welcome! your name?"
    socket_write($s, "$name\n");
    while (!str_contains($next(), '(' . count(NAMES) . ' online)')) {
    }
    socket_write($s, "hi, $name here\n");
    $heard = [];
    while (count($heard) < count(NAMES) - 1) {
        $line = $next();
        if (!str_starts_with($line, '* ')) {
            $heard[] = $line;
            echo "$name heard \"$line\"\n";
        }
    }
    socket_write($s, "/quit\n");
    while (($line = $next()) !== 'bye') {
    }
    echo "$name: bye\n";
    socket_close($s);
}

// ---------------------------------------------------------------- main

$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
socket_set_option($listener, SOL_SOCKET, SO_REUSEADDR, 1);

if (($argv[1] ?? '') === 'serve') {
    $port = (int)($argv[2] ?? 9000);
    socket_bind($listener, '127.0.0.1', $port) or fail('socket_bind', $listener);
    socket_listen($listener, 16) or fail('socket_listen', $listener);
    socket_getsockname($listener, $addr, $port);
    echo "chat server on $addr:$port; Ctrl-C stops it\n";
    serve($listener, 0);
    exit(0);
}

// The demo: whatever happens, it ends within 20 seconds.
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {
    fwrite(STDERR, "demo: timed out\n");
    exit(1);
});
pcntl_alarm(20);

socket_bind($listener, '127.0.0.1', 0) or fail('socket_bind', $listener);
socket_listen($listener, 16) or fail('socket_listen', $listener);
socket_getsockname($listener, $addr, $port);
echo "server: listening on $addr:$port\n";

$children = [];
foreach (NAMES as $name) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        socket_close($listener);
        run_client($name, $port);
        exit(0);
    }
    $children[] = $pid;
}

$relayed = serve($listener, count(NAMES));
socket_close($listener);
$ok = true;
foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
    $ok = $ok && pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0;
}
echo "server: ", count(NAMES), " clients served, $relayed messages relayed, ", $ok ? "all clients done" : "a client failed", "\n";
exit($ok ? 0 : 1);
