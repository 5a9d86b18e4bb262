--TEST--
Fault: a signal during a blocking socket_select() is reported as EINTR, the arrays are left alone, and the repeated call sees the data
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);

// select() is never restarted after a signal handler, SA_RESTART or not.
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use ($p) {
    echo "SIGALRM\n";
    socket_write($p[1], "ready\n");
}, false);

pcntl_alarm(1);
$t = microtime(true);
$r = [$p[0]];
$w = $e = null;
var_dump(socket_select($r, $w, $e, 5));
var_dump(socket_last_error() === SOCKET_EINTR, microtime(true) - $t < 4, count($r));

$r = [$p[0]];
var_dump(socket_select($r, $w, $e, 5));
var_dump($r[0] === $p[0]);
var_dump(socket_read($p[0], 100));
?>
--EXPECTF--
Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
SIGALRM
bool(false)
bool(true)
bool(true)
int(1)
int(1)
bool(true)
string(6) "ready
"
