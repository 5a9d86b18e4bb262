--TEST--
socket_import_stream(): the blocking mode carries across, in both directions
--FILE--
<?php
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);

// A non-blocking stream gives a non-blocking Socket: reading nothing is
// EAGAIN without a warning, instead of a hang.
stream_set_blocking($pair[0], false);
$s = socket_import_stream($pair[0]);
var_dump(socket_read($s, 10));
var_dump(socket_last_error($s) === SOCKET_EAGAIN);

// Switching the Socket switches the stream.
var_dump(socket_set_block($s));
var_dump(stream_get_meta_data($pair[0])['blocked']);
var_dump(socket_set_nonblock($s));
var_dump(stream_get_meta_data($pair[0])['blocked']);

// A blocking stream gives a blocking Socket: the read waits for the data
// written (a blocking read would hang without it, so there is data first).
$pair2 = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s2 = socket_import_stream($pair2[0]);
fwrite($pair2[1], "ready");
var_dump(socket_read($s2, 10));
var_dump(socket_set_nonblock($s2));
var_dump(socket_read($s2, 10));
var_dump(socket_last_error($s2) === SOCKET_EAGAIN);

// The imported stream no longer buffers reads (bytes the stream read ahead
// would be invisible to the Socket).
fwrite($pair2[1], "abcdef");
var_dump(fread($pair2[0], 2));
var_dump(socket_read($s2, 10));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(5) "ready"
bool(true)
bool(false)
bool(true)
string(2) "ab"
string(4) "cdef"
