--TEST--
socket_select(): a signal interrupts the wait: false, a warning and EINTR, arrays untouched
--FILE--
<?php
$caught = 0;
pcntl_signal(SIGALRM, function () use (&$caught) { $caught++; });
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$n = null;

// No timeout at all: only the signal ends the wait.
$r = ['k' => $p[0]];
$w = null;
$e = [$p[0]];
socket_clear_error();
pcntl_alarm(1);
$t = microtime(true);
var_dump(socket_select($r, $w, $e, null));
$took = microtime(true) - $t;
var_dump($took > 0.5 && $took < 10);
var_dump(socket_last_error(), socket_last_error($p[0]), array_keys($r), count($e));
pcntl_signal_dispatch();
var_dump($caught);

// The same with a timeout longer than the alarm.
pcntl_alarm(1);
$r = [$p[0]];
var_dump(socket_select($r, $n, $n, 20));
pcntl_signal_dispatch();
var_dump($caught, count($r));
?>
--EXPECTF--
Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
bool(true)
int(4)
int(0)
array(1) {
  [0]=>
  string(1) "k"
}
int(1)
int(1)

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
bool(false)
int(2)
int(1)
