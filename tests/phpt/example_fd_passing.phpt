--TEST--
examples/fd_passing.php: a file and an accepted connection passed to a worker with SCM_RIGHTS
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
/* Ours only: PHP 8.2 sends the wrong descriptor for a Socket in SCM_RIGHTS
 * (docs/compat.md), so the worker gets its STDIN instead of the connection. */
require __DIR__ . '/example.inc';
run_example('fd_passing', order: 'sorted');
?>
--EXPECTF--
exit status: 0
  dispatcher: opened the log
  worker: answered the connection
client: hello from the worker, you said "what time is it?"
dispatcher: accepted a connection from 127.0.0.1, passing it on
dispatcher: listening on 127.0.0.1:%d
the log now reads:
worker: got "connection 1" with a stream and a Socket
