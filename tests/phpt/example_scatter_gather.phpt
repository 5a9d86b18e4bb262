--TEST--
examples/scatter_gather.php: header and body in one socket_writev(), read back with one socket_readv()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/example.inc';
run_example('scatter_gather');
?>
--EXPECT--
exit status: 0
sent 83 bytes with one socket_writev() (8 header + 75 body)
received 83 bytes with one socket_readv()
header buffer: magic=MSG1 length=75
body buffer:   "Hello from the body. It travels in its own buffer, right behind the header."
body intact
