--TEST--
examples/peer_credentials.php: SO_PEERCRED and SCM_CREDENTIALS name the client process
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
/* Ours only: SO_PEERCRED came with PHP 8.3 (8.2's example output says so
 * instead of showing the credentials). */
require __DIR__ . '/example.inc';
run_example('peer_credentials', order: 'sorted');
?>
--EXPECTF--
exit status: 0
client: the server says "welcome"
server: SCM_CREDENTIALS: pid %d, uid %d, gid %d: the client, same user as the server
server: SO_PEERCRED:     pid %d, uid %d, gid %d: the client, same user as the server
server: listening on peer_credentials.%d.sock
server: the client wrote "hello, I am pid %d"
