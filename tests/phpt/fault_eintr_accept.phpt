--TEST--
Fault: a signal during a blocking socket_accept() is reported as EINTR, and the repeated call accepts the connection
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 8);
socket_getsockname($l, $addr, $port);

// The handler is installed without SA_RESTART (third argument false), so
// the blocked accept() returns EINTR. It runs once accept() has returned;
// it then connects the client the repeated accept() takes.
pcntl_async_signals(true);
$client = null;
pcntl_signal(SIGALRM, function () use (&$client, $port) {
    echo "SIGALRM\n";
    $client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($client, '127.0.0.1', $port);
    socket_write($client, "after the signal\n");
}, false);

pcntl_alarm(1);
$t = microtime(true);
var_dump(socket_accept($l));
// 8.2 records the error only globally (docs/compat.md: a failed accept).
var_dump(socket_last_error() === SOCKET_EINTR, microtime(true) - $t < 5);

$s = socket_accept($l);
var_dump($s instanceof Socket);
var_dump(socket_read($s, 100, PHP_NORMAL_READ));
?>
--EXPECTF--
Warning: socket_accept(): unable to accept incoming connection [4]: Interrupted system call in %s on line %d
SIGALRM
bool(false)
bool(true)
bool(true)
bool(true)
string(17) "after the signal
"
