--TEST--
socket_addrinfo_bind() and socket_addrinfo_connect(): a TCP connection over 127.0.0.1
--FILE--
<?php
$ai = socket_addrinfo_lookup("127.0.0.1", "0", ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);
$server = socket_addrinfo_bind($ai[0]);
var_dump($server);
var_dump(socket_last_error($server));
socket_getsockname($server, $addr, $port);
var_dump($addr, $port > 0);
var_dump(socket_listen($server));

$cai = socket_addrinfo_lookup("127.0.0.1", (string)$port, ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);
$client = socket_addrinfo_connect($cai[0]);
var_dump($client instanceof Socket);
socket_getpeername($client, $peer, $peerport);
var_dump($peer, $peerport === $port);
$conn = socket_accept($server);
var_dump(socket_write($client, "hello"), socket_read($conn, 10));
var_dump(socket_write($conn, "world"), socket_read($client, 10));

// The sockets are ordinary blocking Sockets of the address's family.
$st = socket_export_stream($client);
var_dump(stream_get_meta_data($st)['blocked']);

// The AddressInfo objects outlive the sockets made from them.
socket_close($client);
socket_close($server);
var_dump(socket_addrinfo_explain($cai[0])["ai_addr"]["sin_port"] === $port);
var_dump(socket_last_error());
?>
--EXPECT--
object(Socket)#2 (0) {
}
int(0)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(5)
string(5) "hello"
int(5)
string(5) "world"
bool(true)
bool(true)
int(0)
