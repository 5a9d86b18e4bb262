--TEST--
Socket and stream lifetimes: the descriptor stays open while either side holds it
--FILE--
<?php
echo "-- the Socket goes, the stream stays\n";
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s = socket_import_stream($pair[0]);
unset($s);
var_dump(fwrite($pair[0], "abc"), fread($pair[1], 10));

echo "-- the stream goes, the Socket stays\n";
$s = socket_import_stream($pair[0]);
$peer = $pair[1];
unset($pair);
var_dump(socket_write($s, "def"), fread($peer, 10));
var_dump(get_resource_type(socket_export_stream($s)));

echo "-- both go: the descriptor closes\n";
unset($s);
var_dump(fread($peer, 10), feof($peer));

echo "-- exported stream outlives its Socket\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $sp);
$st = socket_export_stream($sp[0]);
unset($sp[0]);
var_dump(fwrite($st, "ghi"), socket_read($sp[1], 10));
fclose($st);
var_dump(socket_read($sp[1], 10));

echo "-- two Sockets on one stream\n";
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s1 = socket_import_stream($pair[0]);
$s2 = socket_import_stream($pair[0]);
var_dump($s1 === $s2, socket_export_stream($s1) === socket_export_stream($s2));
var_dump(socket_write($s2, "jkl"), fread($pair[1], 10));
socket_close($s1);
var_dump(get_resource_type($pair[0]), fread($pair[1], 10), feof($pair[1]));
?>
--EXPECT--
-- the Socket goes, the stream stays
int(3)
string(3) "abc"
-- the stream goes, the Socket stays
int(3)
string(3) "def"
string(6) "stream"
-- both go: the descriptor closes
string(0) ""
bool(true)
-- exported stream outlives its Socket
int(3)
string(3) "ghi"
string(0) ""
-- two Sockets on one stream
bool(false)
bool(true)
int(3)
string(3) "jkl"
string(7) "Unknown"
string(0) ""
bool(true)
