<?php
/*
 * Run by run.sh with a sockets module and a build of sockets_abi_probe
 * loaded. Prints one "PASS name" or "FAIL name: detail" line a check; the
 * output is the same whichever module and header are combined.
 */
$warnings = [];
set_error_handler(function ($no, $msg) use (&$warnings) {
    $warnings[] = $msg;
    return true;
});

function check(string $name, bool $ok, $detail = null): void
{
    echo $ok ? "PASS $name\n" : "FAIL $name: " . var_export($detail, true) . "\n";
}

check('the probe was built against the intended header',
    sockets_abi_header() === getenv('ABI_HEADER'), sockets_abi_header());

/* Fields of a fresh socket, read through the header's layout. */
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$p = sockets_abi_probe($s);
check('socket_ce is the Socket class', sockets_abi_is_socket($s) && !sockets_abi_is_socket(new stdClass));
check('fresh AF_INET socket fields', $p['fd'] >= 0 && $p['type'] === AF_INET && $p['error'] === 0
    && $p['blocking'] === 1 && $p['stream'] === null, $p);
socket_set_nonblock($s);
check('blocking field follows socket_set_nonblock', sockets_abi_probe($s)['blocking'] === 0);
socket_set_block($s);
check('blocking field follows socket_set_block', sockets_abi_probe($s)['blocking'] === 1);

$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
check('AF_UNIX type field', sockets_abi_probe($u)['type'] === AF_UNIX);
$v6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
check('AF_INET6 type field', sockets_abi_probe($v6)['type'] === AF_INET6);

/* A failing call records its error in the socket and in SOCKETS_G. A TCP
 * socket bound but not listening refuses connections on loopback. */
$target = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($target, '127.0.0.1', 0);
socket_getsockname($target, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$warnings = [];
$r = socket_connect($c, '127.0.0.1', $port);
$p = sockets_abi_probe($c);
check('error field after a refused connect', $r === false && $p['error'] === SOCKET_ECONNREFUSED, $p);
check('SOCKETS_G(last_error) after a refused connect', $p['last_error'] === SOCKET_ECONNREFUSED, $p);
check('sockets_strerror() agrees with socket_strerror()',
    $p['strerror'] === socket_strerror(SOCKET_ECONNREFUSED)
    && sockets_abi_strerror(SOCKET_EPIPE) === socket_strerror(SOCKET_EPIPE), $p);

/* Writes through the header reach the module's functions. */
sockets_abi_set_last_error(4242);
check('SOCKETS_G(last_error) written is what socket_last_error() reads', socket_last_error() === 4242);
$warnings = [];
sockets_abi_error($s, SOCKET_EPIPE);
check('PHP_SOCKET_ERROR sets the socket error', socket_last_error($s) === SOCKET_EPIPE);
check('PHP_SOCKET_ERROR sets the global error', socket_last_error() === SOCKET_EPIPE);
check('PHP_SOCKET_ERROR warns', $warnings === ['sockets_abi_error(): sockets_abi_error [32]: ' . socket_strerror(SOCKET_EPIPE)], $warnings);
socket_clear_error();

/* A Socket made by another extension from a raw descriptor. */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_set_nonblock($pair[0]);
$fd = sockets_abi_dup($pair[0]);
$imported = sockets_abi_import($fd);
$p = $imported ? sockets_abi_probe($imported) : null;
check('socket_import_file_descriptor() makes a Socket', $imported instanceof Socket && $p['fd'] === $fd, $p);
check('socket_import_file_descriptor() reads the family', $p['type'] === AF_UNIX, $p);
check('socket_import_file_descriptor() reads the blocking mode', $p['blocking'] === 0, $p);
check('the imported Socket writes', socket_write($imported, "abi") === 3);
check('its peer reads what it wrote', socket_read($pair[1], 10) === "abi");
socket_close($imported);
check('socket_close() on it marks the fd closed', sockets_abi_probe($imported)['fd'] === -1);
check('the original descriptor is still open', socket_write($pair[0], "x") === 1);

$warnings = [];
$bad = sockets_abi_import(-1);
check('socket_import_file_descriptor(-1) fails', $bad === false);
check('... with the bundled warning', $warnings === ['sockets_abi_import(): Unable to obtain socket family [9]: ' . socket_strerror(9)], $warnings);
check('... and records the error globally', socket_last_error() === 9);

/* zstream: the stream a socket was exported to or imported from. */
$stream = socket_export_stream($s);
$p = sockets_abi_probe($s);
check('zstream holds the exported stream', is_resource($p['stream']) && $p['stream'] === $stream, $p);
$from = socket_import_stream($stream);
$p = sockets_abi_probe($from);
check('zstream holds the imported stream', $p['stream'] === $stream && $p['type'] === AF_INET, $p);

/* ENSURE_SOCKET_VALID on a closed socket. */
socket_close($u);
check('closed socket has fd -1', sockets_abi_probe($u)['fd'] === -1);
try {
    sockets_abi_ensure_valid($u);
    check('ENSURE_SOCKET_VALID throws for a closed socket', false);
} catch (Error $e) {
    check('ENSURE_SOCKET_VALID throws for a closed socket',
        $e->getMessage() === 'sockets_abi_ensure_valid(): Argument #1 ($socket) has already been closed', $e->getMessage());
}
check('ENSURE_SOCKET_VALID passes an open socket', sockets_abi_ensure_valid($v6) === true);

/* What an extension that refuses a socket whose error field is set (pecl
 * event's EventUtil::getSocketFd(), new EventListener()) sees after the calls
 * that fail routinely on non-blocking sockets: 8.2 records those failures in
 * the global error only. */
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_set_nonblock($l);
$warnings = [];
$r = socket_accept($l);
$p = sockets_abi_probe($l);
check('a non-blocking accept that finds nothing leaves the listener\'s error field 0',
    $r === false && $p['error'] === 0 && $p['last_error'] === SOCKET_EAGAIN && $warnings === [], [$p, $warnings]);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $dg);
socket_set_nonblock($dg[1]);
$m = ['controllen' => 16];
$r = @socket_recvmsg($dg[1], $m);
$p = sockets_abi_probe($dg[1]);
check('a failed non-blocking recvmsg leaves the socket\'s error field 0',
    $r === false && $p['error'] === 0 && $p['last_error'] === SOCKET_EAGAIN, $p);
