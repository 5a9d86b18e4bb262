<?php
/*
 * Connecting with a timeout. A blocking socket_connect() waits as long as the
 * kernel keeps trying (over two minutes for a host that does not answer).
 * Non-blocking, it returns at once with SOCKET_EINPROGRESS; socket_select()
 * then waits, at most the timeout, for the socket to become writable, which
 * it does when the attempt ends either way; SO_ERROR tells which way.
 *
 *   php examples/nonblocking_connect.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/nonblocking_connect.php
 *
 * Three loopback targets show the three outcomes: a server that accepts
 * (connected), a port nobody listens on (refused), and a server whose queue
 * of connections is full, so that the kernel drops our attempt silently, as a
 * host behind a firewall would (timed out).
 */

const TIMEOUT = 0.5;    // seconds

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . socket_strerror($code) . "\n");
    exit(1);
}

/**
 * Connects to $host:$port within $timeout seconds. Returns the connected
 * socket, in blocking mode again, or the error code: SOCKET_ETIMEDOUT when
 * the time ran out, or what the connection attempt failed with.
 */
function connect_with_timeout(string $host, int $port, float $timeout): Socket|int
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
    socket_set_nonblock($s);
    if (!socket_connect($s, $host, $port)) {
        $error = socket_last_error($s);
        if ($error !== SOCKET_EINPROGRESS) {
            socket_close($s);
            return $error;      // failed at once
        }
        $write = [$s];
        $except = [$s];
        $read = null;
        $ready = socket_select($read, $write, $except, (int)$timeout, (int)(fmod($timeout, 1) * 1e6));
        if ($ready === false) {
            fail('socket_select');
        }
        if ($ready === 0) {
            socket_close($s);
            return SOCKET_ETIMEDOUT;
        }
        // Writable: the attempt is over. SO_ERROR says how it went (and
        // clears the error).
        $error = socket_get_option($s, SOL_SOCKET, SO_ERROR);
        if ($error !== 0) {
            socket_close($s);
            return $error;
        }
    }
    socket_set_block($s);
    return $s;
}

function try_connect(string $what, int $port): void
{
    $start = microtime(true);
    $result = connect_with_timeout('127.0.0.1', $port, TIMEOUT);
    $took = microtime(true) - $start;
    if ($result instanceof Socket) {
        socket_getpeername($result, $peer, $peerPort);
        printf("%-28s connected to %s:%d within the timeout\n", "$what:", $peer, $peerPort);
        socket_close($result);
    } elseif ($result === SOCKET_ETIMEDOUT) {
        printf("%-28s timed out after %s s%s\n", "$what:", TIMEOUT, $took >= TIMEOUT ? '' : ' (too early!)');
    } else {
        printf("%-28s failed: %s (%s)\n", "$what:", socket_strerror($result),
            $result === SOCKET_ECONNREFUSED ? 'SOCKET_ECONNREFUSED' : "error $result");
    }
}

// A server that accepts: the kernel completes the handshake for it, even
// before socket_accept().
$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
socket_bind($server, '127.0.0.1', 0) or fail('socket_bind', $server);
socket_listen($server, 8) or fail('socket_listen', $server);
socket_getsockname($server, $addr, $open);
try_connect('a listening server', $open);

// A port nobody listens on: bound, so no other program takes it meanwhile,
// but not listening, so the kernel answers with a reset.
$closed = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
socket_bind($closed, '127.0.0.1', 0) or fail('socket_bind', $closed);
socket_getsockname($closed, $addr, $closedPort);
try_connect('a closed port', $closedPort);

// A server that never accepts, with a backlog of 0: once its queue holds a
// connection, Linux drops further attempts without an answer. Fill it (a
// few attempts at most), then try.
$busy = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
socket_bind($busy, '127.0.0.1', 0) or fail('socket_bind', $busy);
socket_listen($busy, 0) or fail('socket_listen', $busy);
socket_getsockname($busy, $addr, $busyPort);
$queued = [];
for ($i = 0; $i < 8; $i++) {
    $s = connect_with_timeout('127.0.0.1', $busyPort, 0.2);
    if (!$s instanceof Socket) {
        break;
    }
    $queued[] = $s;
}
try_connect('a server with a full queue', $busyPort);
