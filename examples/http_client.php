<?php
/*
 * An HTTP/1.1 client on the socket functions, talking to a local web server:
 * PHP's built-in one, which this script starts on a free loopback port
 * (`php -S 127.0.0.1:0`) with itself as the router script, and stops at the
 * end. The client sends requests, reads the status line and the headers, and
 * reads the body the three ways HTTP/1.1 frames it: by Content-Length, in
 * chunks (Transfer-Encoding: chunked), or up to the end of the connection.
 *
 *   php examples/http_client.php
 *   php -n -d extension=$PWD/modules/sockets.so examples/http_client.php
 */

// ------------------------------------------------------------ the server side
// The built-in server runs this file for every request.
if (PHP_SAPI === 'cli-server') {
    $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
    header('Content-Type: text/plain');
    switch ($path) {
        case '/hello':
            $body = "Hello, world!\n";
            header('Content-Length: ' . strlen($body));
            echo $body;
            break;
        case '/echo':
            // No Content-Length: the body ends where the connection does.
            echo "you sent ", $_SERVER['REQUEST_METHOD'], " with ", strlen(file_get_contents('php://input')), " bytes\n";
            break;
        case '/chunked':
            header('Transfer-Encoding: chunked');
            foreach (["first chunk, ", "second chunk, ", "last chunk\n"] as $chunk) {
                printf("%x\r\n%s\r\n", strlen($chunk), $chunk);
            }
            echo "0\r\n\r\n";
            break;
        default:
            http_response_code(404);
            echo "no such page: $path\n";
    }
    return;
}

// ------------------------------------------------------------ the client

function fail(string $what, ?Socket $socket = null): never
{
    $code = $socket ? socket_last_error($socket) : socket_last_error();
    fwrite(STDERR, "$what: " . ($code ? socket_strerror($code) : 'failed') . "\n");
    exit(1);
}

/** Reads from $socket into $buffer; false at the end of the stream. */
function fill(Socket $socket, string &$buffer): bool
{
    $data = socket_read($socket, 8192);
    if ($data === false) {
        fail('socket_read', $socket);
    }
    $buffer .= $data;
    return $data !== '';
}

/**
 * Sends one request and returns [status code, reason, headers, body, framing].
 * Header names come back in lower case.
 */
function http_request(string $host, int $port, string $method, string $path, string $body = ''): array
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or fail('socket_create');
    // Nothing waits for ever: a server that stops answering is an error.
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
    socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 5, 'usec' => 0]);
    socket_connect($s, $host, $port) or fail("connect to $host:$port", $s);

    $request = "$method $path HTTP/1.1\r\n"
        . "Host: $host:$port\r\n"
        . "User-Agent: sockets-example/1.0\r\n"
        . "Connection: close\r\n"
        . ($body !== '' ? "Content-Type: text/plain\r\nContent-Length: " . strlen($body) . "\r\n" : '')
        . "\r\n" . $body;
    // socket_write() may write less than asked: write the rest.
    while ($request !== '') {
        $n = socket_write($s, $request);
        if ($n === false) {
            fail('socket_write', $s);
        }
        $request = substr($request, $n);
    }

    // The head: everything up to the first empty line.
    $buffer = '';
    while (($end = strpos($buffer, "\r\n\r\n")) === false) {
        if (!fill($s, $buffer)) {
            fail('the server closed the connection inside the headers');
        }
    }
    $lines = explode("\r\n", substr($buffer, 0, $end));
    $buffer = substr($buffer, $end + 4);
    if (!preg_match('#^HTTP/1\.[01] (\d{3}) ?(.*)$#', array_shift($lines), $status)) {
        fail('not an HTTP response');
    }
    $headers = [];
    foreach ($lines as $line) {
        [$name, $value] = explode(':', $line, 2) + [1 => ''];
        $headers[strtolower(trim($name))] = trim($value);
    }

    // The body, framed one of three ways.
    if (str_contains(strtolower($headers['transfer-encoding'] ?? ''), 'chunked')) {
        $framing = 'chunked';
        $body = '';
        while (true) {
            while (($eol = strpos($buffer, "\r\n")) === false) {
                fill($s, $buffer) or fail('the connection ended inside a chunk');
            }
            $size = hexdec(substr($buffer, 0, $eol));   // ignores ";extensions"
            while (strlen($buffer) < $eol + 2 + $size + 2) {
                fill($s, $buffer) or fail('the connection ended inside a chunk');
            }
            $body .= substr($buffer, $eol + 2, $size);
            $buffer = substr($buffer, $eol + 2 + $size + 2);
            if ($size === 0) {
                break;      // (trailers, if any, are not read)
            }
        }
    } elseif (isset($headers['content-length'])) {
        $framing = 'Content-Length';
        $length = (int)$headers['content-length'];
        while (strlen($buffer) < $length) {
            fill($s, $buffer) or fail('the connection ended before Content-Length bytes');
        }
        $body = substr($buffer, 0, $length);
    } else {
        $framing = 'end of connection';
        while (fill($s, $buffer)) {
        }
        $body = $buffer;
    }
    socket_close($s);
    return [(int)$status[1], $status[2], $headers, $body, $framing];
}

// ------------------------------------------------------------ main

/** Starts `php -S 127.0.0.1:0` with this file as the router; returns [process, port, its log]. */
function start_server(): array
{
    $proc = proc_open([PHP_BINARY, '-n', '-S', '127.0.0.1:0', __FILE__],
        [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes);
    if ($proc === false) {
        fail('could not start php -S');
    }
    // It prints "... Development Server (http://127.0.0.1:PORT) started".
    $log = '';
    $deadline = microtime(true) + 5;
    while (!preg_match('#http://127\.0\.0\.1:(\d+)#', $log, $m) && microtime(true) < $deadline) {
        $read = [$pipes[2]];
        $write = $except = null;
        if (stream_select($read, $write, $except, 0, 100000)) {
            $chunk = fread($pipes[2], 4096);
            if ($chunk === '' || $chunk === false) {
                break;
            }
            $log .= $chunk;
        }
    }
    if (!isset($m[1])) {
        proc_terminate($proc);
        fail("php -S did not start: $log");
    }
    stream_set_blocking($pipes[2], false);
    return [$proc, (int)$m[1], $pipes[2]];
}

[$server, $port, $serverLog] = start_server();
echo "started php -S on 127.0.0.1:$port\n";

$requests = [
    ['GET', '/hello', ''],
    ['POST', '/echo', str_repeat('x', 1000)],
    ['GET', '/chunked', ''],
    ['GET', '/missing', ''],
];
foreach ($requests as [$method, $path, $body]) {
    [$code, $reason, $headers, $content, $framing] = http_request('127.0.0.1', $port, $method, $path, $body);
    printf("%s %s -> %d %s, %s, %d bytes by %s: %s\n", $method, $path, $code, $reason,
        $headers['content-type'] ?? '?', strlen($content), $framing, json_encode($content, JSON_UNESCAPED_SLASHES));
}

proc_terminate($server);
proc_close($server);
echo "stopped the server\n";
