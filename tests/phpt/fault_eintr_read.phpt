--TEST--
Fault: a signal during a blocking socket_read()/socket_recv() is reported as EINTR, and the repeated call gets the data
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
// A safety net: no read here waits more than 5 seconds.
socket_set_option($p[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);

// Without SA_RESTART the blocked read returns EINTR; the handler then
// sends what the repeated read receives.
pcntl_async_signals(true);
$n = 0;
pcntl_signal(SIGALRM, function () use (&$n, $p) {
    $n++;
    echo "SIGALRM $n\n";
    socket_write($p[1], "data $n\n");
}, false);

foreach (['read', 'recv'] as $how) {
    pcntl_alarm(1);
    $t = microtime(true);
    if ($how === 'read') {
        var_dump(socket_read($p[0], 100));
    } else {
        var_dump(socket_recv($p[0], $buf, 100, 0), $buf);
    }
    var_dump(socket_last_error($p[0]) === SOCKET_EINTR, microtime(true) - $t < 4);
    if ($how === 'read') {
        var_dump(socket_read($p[0], 100));
    } else {
        var_dump(socket_recv($p[0], $buf, 100, 0), $buf);
    }
}
?>
--EXPECTF--
Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
SIGALRM 1
bool(false)
bool(true)
bool(true)
string(7) "data 1
"

Warning: socket_recv(): Unable to read from socket [4]: Interrupted system call in %s on line %d
SIGALRM 2
bool(false)
NULL
bool(true)
bool(true)
int(7)
string(7) "data 2
"
