--TEST--
Fault (ours): a signal during a PHP_NORMAL_READ that has part of a line returns that part; nothing is lost
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// 8.2 consumes "abc" a byte at a time, then fails with EINTR and drops it
// (docs/compat.md, core functions 13). Ours returns what it has, as read()
// itself does when interrupted after a partial read.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_option($p[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use ($p) {
    echo "SIGALRM\n";
    socket_write($p[1], "def\n");
}, false);
socket_write($p[1], "abc");
pcntl_alarm(1);
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ), socket_last_error($p[0]));
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));

// With nothing read yet, the interruption is EINTR, as in 8.2.
pcntl_alarm(1);
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ), socket_last_error($p[0]) === SOCKET_EINTR);
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ));
?>
--EXPECTF--
SIGALRM
string(3) "abc"
int(0)
string(4) "def
"

Warning: socket_read(): unable to read from socket [4]: Interrupted system call in %s on line %d
SIGALRM
bool(false)
bool(true)
string(4) "def
"
