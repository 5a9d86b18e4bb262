--TEST--
socket_writev()/socket_readv(): round trip over TCP loopback (IPv4), several writes gathered by one read
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($listener, '127.0.0.1', 0));
var_dump(socket_listen($listener, 1));
socket_getsockname($listener, $addr, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($client, $addr, $port));
$server = socket_accept($listener);
var_dump($server instanceof Socket);

echo "client writev: a length-prefixed header and a body\n";
$body = str_repeat("0123456789", 10);
$out = socket_iovec_alloc(3, 0, 0, 0);
socket_iovec_set($out, 0, pack('N', strlen($body)));
socket_iovec_set($out, 1, "type=text;");
socket_iovec_set($out, 2, $body);
var_dump(socket_writev($client, $out));

echo "server readv into exactly those sizes\n";
$in = socket_iovec_alloc(3, 4, 10, 100);
/* 114 bytes on loopback arrive as one segment, so one read sees them all. */
$total = iov_readv_wait($server, $in);
var_dump($total);
var_dump(unpack('N', socket_iovec_fetch($in, 0))[1], socket_iovec_fetch($in, 1), socket_iovec_fetch($in, 2) === $body);

echo "server answers with one writev, client reads with one readv\n";
$reply = socket_iovec_alloc(2, 0, 0);
socket_iovec_set($reply, 0, "OK ");
socket_iovec_set($reply, 1, "114");
var_dump(socket_writev($server, $reply));
$got = socket_iovec_alloc(2, 3, 8);
var_dump(iov_readv_wait($client, $got));
var_dump(socket_iovec_fetch($got, 0), bin2hex(socket_iovec_fetch($got, 1)));

echo "after the client shuts down its side, readv returns 0\n";
var_dump(socket_shutdown($client, 1));
var_dump(iov_readv_wait($server, $in));
socket_close($client);
socket_close($server);
socket_close($listener);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
client writev: a length-prefixed header and a body
int(114)
server readv into exactly those sizes
int(114)
int(100)
string(10) "type=text;"
bool(true)
server answers with one writev, client reads with one readv
int(6)
int(6)
string(3) "OK "
string(16) "3131340000000000"
after the client shuts down its side, readv returns 0
bool(true)
int(0)
