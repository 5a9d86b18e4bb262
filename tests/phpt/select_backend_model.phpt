--TEST--
socket_select(): the poll and epoll backends give the same result after every step of a random sequence (create, close, reuse, streams, fork, shutdown, data, timeouts, signals)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
extension=posix
--FILE--
<?php
// A fixed seed, bounded in steps and in time (tests/select_model.php).
$argv = ['select_model.php', '12', '1500', '25'];
require __DIR__ . '/../select_model.php';
?>
--EXPECTF--
ok: %d steps, %d selects compared
