--TEST--
examples/echo_server.php: the demo of scripts/demo.sh serves its three clients and ends
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
/* Ours only: the server reads lines with PHP_NORMAL_READ up to the end of
 * the stream, where 8.2 warns with an invented ECONNRESET (docs/compat.md,
 * "PHP_NORMAL_READ at end of stream"). */
require __DIR__ . '/example.inc';
run_example('echo_server', order: 'by speaker');
?>
--EXPECTF--
exit status: 0
client 1: echo "[1] hello\n" ok
client 1: echo "[1] how are you?\n" ok
client 1: echo "[1] bye\n" ok
client 2: echo "[2] hello\n" ok
client 2: echo "[2] how are you?\n" ok
client 2: echo "[2] bye\n" ok
client 3: echo "[3] hello\n" ok
client 3: echo "[3] how are you?\n" ok
client 3: echo "[3] bye\n" ok
server: listening on 127.0.0.1:%d
server: connection from 127.0.0.1:%d
server: got "[%d] hello\n", echoing it
server: got "[%d] how are you?\n", echoing it
server: got "[%d] bye\n", echoing it
server: 127.0.0.1:%d hung up
server: connection from 127.0.0.1:%d
server: got "[%d] hello\n", echoing it
server: got "[%d] how are you?\n", echoing it
server: got "[%d] bye\n", echoing it
server: 127.0.0.1:%d hung up
server: connection from 127.0.0.1:%d
server: got "[%d] hello\n", echoing it
server: got "[%d] how are you?\n", echoing it
server: got "[%d] bye\n", echoing it
server: 127.0.0.1:%d hung up
server: served 3 clients, done
