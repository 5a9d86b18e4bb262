--TEST--
socket_writev()/socket_readv(): scattered writes gathered into differently split buffers over a socketpair
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
require __DIR__ . '/iovec.inc';

var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
[$a, $b] = $pair;

$out = socket_iovec_alloc(4, 0, 0, 0, 0);
socket_iovec_set($out, 0, "GET / HTTP/1.0;");
socket_iovec_set($out, 1, "Host: localhost;");
socket_iovec_set($out, 2, "");
socket_iovec_set($out, 3, ";");
echo "writev\n";
var_dump(socket_writev($a, $out));

echo "readv into 5 + 10 + 30 bytes\n";
$in = socket_iovec_alloc(3, 5, 10, 30);
var_dump(iov_readv_wait($b, $in));
var_dump(socket_iovec_fetch($in, 0), socket_iovec_fetch($in, 1));
var_dump(substr(socket_iovec_fetch($in, 2), 0, 17), bin2hex(substr(socket_iovec_fetch($in, 2), 17)));

echo "the same iovec written twice sends the bytes twice\n";
var_dump(socket_writev($a, $out), socket_writev($a, $out));
var_dump(socket_read($b, 200) === str_repeat("GET / HTTP/1.0;Host: localhost;;", 2));

echo "both directions\n";
$x = socket_iovec_alloc(2, 3, 3);
socket_iovec_set($x, 0, "one");
socket_iovec_set($x, 1, "two");
var_dump(socket_writev($b, $x));
$y = socket_iovec_alloc(3, 2, 2, 2);
var_dump(iov_readv_wait($a, $y));
iov_show($y, 3);

echo "SOCK_SEQPACKET keeps the record: one writev is one record\n";
var_dump(socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $sp));
var_dump(socket_writev($sp[0], $x), socket_writev($sp[0], $out));
$r = socket_iovec_alloc(2, 4, 4);
var_dump(iov_readv_wait($sp[1], $r));
iov_show($r, 2);
var_dump(socket_read($sp[1], 100));
?>
--EXPECT--
bool(true)
writev
int(32)
readv into 5 + 10 + 30 bytes
int(32)
string(5) "GET /"
string(10) " HTTP/1.0;"
string(17) "Host: localhost;;"
string(26) "00000000000000000000000000"
the same iovec written twice sends the bytes twice
int(32)
int(32)
bool(true)
both directions
int(6)
int(6)
  [0] 2 "on"
  [1] 2 "et"
  [2] 2 "wo"
SOCK_SEQPACKET keeps the record: one writev is one record
bool(true)
int(6)
int(32)
int(6)
  [0] 4 "onet"
  [1] 4 "wo.."
string(32) "GET / HTTP/1.0;Host: localhost;;"
