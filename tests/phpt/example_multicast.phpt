--TEST--
examples/multicast.php: two receivers on lo get every datagram sent to the group
--FILE--
<?php
require __DIR__ . '/example.inc';
run_example('multicast', order: 'sorted');
?>
--EXPECTF--
exit status: 0
both receivers got every datagram
receiver 1 got "first datagram" from 127.0.0.1
receiver 1 got "last datagram" from 127.0.0.1
receiver 1 got "second datagram" from 127.0.0.1
receiver 2 got "first datagram" from 127.0.0.1
receiver 2 got "last datagram" from 127.0.0.1
receiver 2 got "second datagram" from 127.0.0.1
receivers joined 239.255.42.99 on lo, port %d
sender: interface index 1, loop 1, ttl 1
sender: sent "first datagram"
sender: sent "last datagram"
sender: sent "second datagram"
