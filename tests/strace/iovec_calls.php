<?php
/* Driven by tests/iovec_strace.sh under strace: every socket_readv() and
 * socket_writev() between the BEGIN and END markers must be exactly one
 * readv()/writev() system call, and nothing else may touch the sockets.
 * Prints how many calls it made, for the script to compare. */
$calls = ['readv' => 0, 'writev' => 0];
function w(Socket $s, SocketIovec $v) { global $calls; $calls['writev']++; return socket_writev($s, $v); }
function r(Socket $s, SocketIovec $v) { global $calls; $calls['readv']++; return socket_readv($s, $v); }

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
$udp_rx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($udp_rx, '127.0.0.1', 0);
socket_getsockname($udp_rx, $addr, $port);
$udp_tx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_connect($udp_tx, $addr, $port);
$four = socket_iovec_alloc(4, 0, 0, 0, 0);
foreach (['head', 'er:', 'bo', 'dy'] as $i => $s) {
    socket_iovec_set($four, $i, $s);
}
$many = socket_iovec_alloc(1024, ...array_fill(0, 1024, 1));
$in = socket_iovec_alloc(3, 3, 4, 1100);
$big = socket_iovec_alloc(2, 4 << 20, 4 << 20);
$results = [];

fwrite(STDOUT, "BEGIN\n");
$results[] = w($a, $four);                 /* 11 bytes */
$results[] = r($b, $in);                   /* 11 bytes */
$results[] = w($a, $many);                 /* 1024 bytes, one call */
$results[] = r($b, $in);                   /* 1024 bytes */
socket_set_nonblock($b);                   /* fcntl, not I/O */
$results[] = r($b, $in);                   /* EAGAIN: still one call */
socket_set_nonblock($a);
$results[] = w($a, $big);                  /* partial: one call, no retry */
$results[] = w($udp_tx, $four);            /* one datagram */
$results[] = r($udp_rx, $in);
socket_close($b);
$results[] = @w($a, $four);                /* EPIPE */
fwrite(STDOUT, "END\n");

echo json_encode(['calls' => $calls, 'results' => $results]), "\n";
