--TEST--
socket_writev()/socket_readv(): one UDP datagram per writev, one datagram filling several buffers per readv
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$rx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($rx, '127.0.0.1', 0));
socket_getsockname($rx, $addr, $port);
$tx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);

echo "writev on an unconnected UDP socket has no destination\n";
$out = socket_iovec_alloc(3, 0, 0, 0);
socket_iovec_set($out, 0, "alpha-");
socket_iovec_set($out, 1, "beta-");
socket_iovec_set($out, 2, "gamma");
var_dump(socket_writev($tx, $out));
var_dump(socket_last_error($tx) === SOCKET_EDESTADDRREQ);

var_dump(socket_connect($tx, $addr, $port));
echo "three buffers make one datagram\n";
var_dump(socket_writev($tx, $out));
var_dump(socket_recvfrom($rx, $buf, 100, 0, $from, $fromport), $buf);

echo "one datagram fills several buffers in order\n";
var_dump(socket_writev($tx, $out));
$in = socket_iovec_alloc(4, 4, 4, 4, 10);
var_dump(iov_readv_wait($rx, $in));
iov_show($in, 4);

echo "a datagram longer than all buffers is cut; the rest is discarded\n";
socket_iovec_set($out, 2, "gamma-delta-epsilon");
var_dump(socket_writev($tx, $out));
$small = socket_iovec_alloc(2, 3, 4);
var_dump(iov_readv_wait($rx, $small));
iov_show($small, 2);
echo "the next readv gets the next datagram, not the rest\n";
socket_iovec_set($out, 0, "");
socket_iovec_set($out, 1, "");
socket_iovec_set($out, 2, "next");
var_dump(socket_writev($tx, $out));
var_dump(iov_readv_wait($rx, $small));
iov_show($small, 2);

echo "Linux skips a vectored write of 0 bytes: no empty datagram is sent\n";
var_dump(socket_writev($tx, socket_iovec_alloc(2, 0, 0)));
usleep(20000);
var_dump(socket_readv($rx, $small), socket_last_error($rx) === SOCKET_EAGAIN);
echo "an empty datagram (from socket_write) makes readv return 0\n";
var_dump(socket_write($tx, ""));
var_dump(iov_readv_wait($rx, $small));
iov_show($small, 2);
?>
--EXPECTF--
bool(true)
writev on an unconnected UDP socket has no destination

Warning: socket_writev(): unable to write to socket [89]: Destination address required in %s on line %d
bool(false)
bool(true)
bool(true)
three buffers make one datagram
int(16)
int(16)
string(16) "alpha-beta-gamma"
one datagram fills several buffers in order
int(16)
int(16)
  [0] 4 "alph"
  [1] 4 "a-be"
  [2] 4 "ta-g"
  [3] 10 "amma......"
a datagram longer than all buffers is cut; the rest is discarded
int(30)
int(7)
  [0] 3 "alp"
  [1] 4 "ha-b"
the next readv gets the next datagram, not the rest
int(4)
int(4)
  [0] 3 "nex"
  [1] 4 "ta-b"
Linux skips a vectored write of 0 bytes: no empty datagram is sent
int(0)
bool(false)
bool(true)
an empty datagram (from socket_write) makes readv return 0
int(0)
int(0)
  [0] 3 "nex"
  [1] 4 "ta-b"
