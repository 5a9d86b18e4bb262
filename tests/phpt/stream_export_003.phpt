--TEST--
socket_export_stream(): the stream works with fread, fwrite, fgets, feof and stream_select
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$st0 = socket_export_stream($pair[0]);
$st1 = socket_export_stream($pair[1]);

$r = [$st0]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0, 0));
var_dump(fwrite($st1, "line one\nline two\n"));
$r = [$st0]; $w = [$st1];
var_dump(stream_select($r, $w, $e, 2, 0), count($r), count($w));
var_dump(fgets($st0), fgets($st0));

// The socket and its stream write into the same connection.
socket_write($pair[1], "from socket");
$r = [$st0]; $w = null;
var_dump(stream_select($r, $w, $e, 2, 0));
var_dump(fread($st0, 100));

var_dump(stream_set_blocking($st0, false), fread($st0, 100));
var_dump(socket_read($pair[0], 10), socket_last_error($pair[0]) === SOCKET_EAGAIN);

// The peer goes away: the stream sees the end of the connection.
socket_close($pair[1]);
var_dump(fread($st0, 100), feof($st0));

// A TCP connection made with sockets, used through streams.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$client = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
$ls = socket_export_stream($l);
$conn = stream_socket_accept($ls, 5);
var_dump(is_resource($conn));
fwrite($client, "tcp data");
var_dump(fread($conn, 100));
?>
--EXPECT--
int(0)
int(18)
int(2)
int(1)
int(1)
string(9) "line one
"
string(9) "line two
"
int(1)
string(11) "from socket"
bool(true)
string(0) ""
bool(false)
bool(true)
string(0) ""
bool(true)
bool(true)
string(8) "tcp data"
