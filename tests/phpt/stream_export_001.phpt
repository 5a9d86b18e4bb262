--TEST--
socket_export_stream(): the stream type follows the socket's transport
--FILE--
<?php
function type_of(Socket $s) {
    return stream_get_meta_data(socket_export_stream($s))['stream_type'];
}
// tcp:// is OpenSSL's transport when it is loaded ("tcp_socket/ssl").
var_dump(type_of(socket_create(AF_INET, SOCK_STREAM, SOL_TCP)));
var_dump(type_of(socket_create(AF_INET6, SOCK_STREAM, 0)));
var_dump(type_of(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)));
var_dump(type_of(socket_create(AF_INET6, SOCK_DGRAM, 0)));
var_dump(type_of(socket_create(AF_UNIX, SOCK_STREAM, 0)));
var_dump(type_of(socket_create(AF_UNIX, SOCK_DGRAM, 0)));
var_dump(type_of(socket_create(AF_UNIX, SOCK_SEQPACKET, 0)));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(type_of($pair[0]));

$meta = stream_get_meta_data(socket_export_stream(socket_create(AF_UNIX, SOCK_STREAM, 0)));
var_dump($meta['mode'], $meta['seekable'], $meta['blocked'], $meta['eof'], $meta['timed_out']);
?>
--EXPECTF--
string(%d) "tcp_socket%S"
string(%d) "tcp_socket%S"
string(10) "udp_socket"
string(10) "udp_socket"
string(11) "unix_socket"
string(10) "udg_socket"
string(14) "generic_socket"
string(11) "unix_socket"
string(2) "r+"
bool(false)
bool(true)
bool(false)
bool(false)
