--TEST--
socket_import_stream(): streams of stream_socket_server/client become Sockets sharing the descriptor
--FILE--
<?php
$srv = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
$listener = socket_import_stream($srv);
var_dump($listener);
socket_getsockname($listener, $addr, $port);
var_dump($addr, "127.0.0.1:$port" === stream_socket_get_name($srv, false));

$cli = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
$client = socket_import_stream($cli);
socket_getpeername($client, $peer, $peerport);
var_dump($peer, $peerport === $port);

// The imported listener accepts the connection the stream client made.
$conn = socket_accept($listener);
var_dump($conn instanceof Socket);

// Bytes written through one side of the shared descriptor reach the other.
var_dump(fwrite($cli, "from stream"));
var_dump(socket_read($conn, 100));
var_dump(socket_write($client, "from socket"));
var_dump(socket_read($conn, 100));
var_dump(socket_write($conn, "reply"));
var_dump(fread($cli, 100));
var_dump(socket_last_error());
?>
--EXPECT--
object(Socket)#1 (0) {
}
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
int(11)
string(11) "from stream"
int(11)
string(11) "from socket"
int(5)
string(5) "reply"
int(0)
