--TEST--
socket_import_stream(): fsockopen(), unix stream pairs, UDP servers and IPv6 streams
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
$port = (int)explode(":", stream_socket_get_name($srv, false))[1];
$fp = fsockopen("127.0.0.1", $port, $errno, $errstr, 5);
$s = socket_import_stream($fp);
socket_getpeername($s, $addr, $peerport);
var_dump($addr, $peerport === $port);
$acc = stream_socket_accept($srv, 5);
var_dump(socket_write($s, "fsock"), fread($acc, 10));

echo "-- unix pair\n";
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$ps = socket_import_stream($pair[0]);
socket_getsockname($ps, $path);
var_dump($path);
var_dump(socket_write($ps, "unix"), fread($pair[1], 10));
fwrite($pair[1], "back");
var_dump(socket_read($ps, 10));

echo "-- udp\n";
$udp = stream_socket_server("udp://127.0.0.1:0", $errno, $errstr, STREAM_SERVER_BIND);
$us = socket_import_stream($udp);
socket_getsockname($us, $addr, $uport);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($c, "datagram", 8, 0, "127.0.0.1", $uport));
var_dump(socket_recvfrom($us, $buf, 100, 0, $from, $fromport), $buf, $from);

echo "-- ipv6\n";
$srv6 = stream_socket_server("tcp://[::1]:0", $errno, $errstr);
$s6 = socket_import_stream($srv6);
socket_getsockname($s6, $addr6, $port6);
var_dump($addr6, $port6 > 0);
$c6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c6, "::1", $port6));
$a6 = socket_accept($s6);
socket_getpeername($a6, $peer6);
var_dump($peer6);
?>
--EXPECT--
string(9) "127.0.0.1"
bool(true)
int(5)
string(5) "fsock"
-- unix pair
string(0) ""
int(4)
string(4) "unix"
string(4) "back"
-- udp
int(8)
int(8)
string(8) "datagram"
string(9) "127.0.0.1"
-- ipv6
string(3) "::1"
bool(true)
bool(true)
string(3) "::1"
