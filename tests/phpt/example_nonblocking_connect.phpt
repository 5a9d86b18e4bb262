--TEST--
examples/nonblocking_connect.php: connected, refused and timed out, each within the timeout
--FILE--
<?php
require __DIR__ . '/example.inc';
run_example('nonblocking_connect');
?>
--EXPECTF--
exit status: 0
a listening server:          connected to 127.0.0.1:%d within the timeout
a closed port:               failed: Connection refused (SOCKET_ECONNREFUSED)
a server with a full queue:  timed out after 0.5 s
