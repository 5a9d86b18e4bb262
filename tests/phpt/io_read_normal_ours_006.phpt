--TEST--
PHP_NORMAL_READ after socket_readv() took part of a line sees the rest; on a datagram socket a line read takes its datagram
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($a, "l1\nl2\nl3\n");
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
$iov = socket_iovec_alloc(1, 2);
var_dump(socket_readv($b, $iov));
echo json_encode(socket_iovec_fetch($iov, 0)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";

// A datagram holds its own lines: the rest of it goes with the first.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "a\nb\n");
socket_write($d[0], "c\nd\n");
echo json_encode(socket_read($d[1], 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($d[1], 100, PHP_NORMAL_READ)), "\n";
socket_set_nonblock($d[1]);
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ));
?>
--EXPECT--
"l1\n"
int(2)
"l2"
"\n"
"l3\n"
"a\n"
"c\n"
bool(false)
