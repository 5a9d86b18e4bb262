--TEST--
socket_export_stream(): one stream a socket, the stream of an imported socket, the blocking mode
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
$a = socket_export_stream($s);
$b = socket_export_stream($s);
var_dump(is_resource($a), $a === $b);

// A socket imported from a stream exports that same stream.
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$imported = socket_import_stream($pair[0]);
var_dump(socket_export_stream($imported) === $pair[0]);

// Importing the exported stream again gives another Socket on the same
// descriptor, whose stream is still that stream.
$again = socket_import_stream($a);
var_dump($again instanceof Socket, socket_export_stream($again) === $a);

// The stream starts in the socket's blocking mode.
$nb = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_set_nonblock($nb);
$st = socket_export_stream($nb);
var_dump(stream_get_meta_data($st)['blocked']);
// ... and follows later changes of the Socket.
socket_set_block($nb);
var_dump(stream_get_meta_data($st)['blocked']);
socket_set_nonblock($nb);
var_dump(stream_get_meta_data($st)['blocked']);

try {
    socket_export_stream(fopen("php://memory", "r"));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
socket_export_stream(): Argument #1 ($socket) must be of type Socket, resource given
