--TEST--
Writing to a peer that has gone: EPIPE warnings from socket_write() and socket_send()
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_close($b);
var_dump(socket_write($a, "x"));
var_dump(socket_last_error($a) === SOCKET_EPIPE, socket_last_error() === SOCKET_EPIPE);
var_dump(socket_send($a, "x", 1, 0));
var_dump(socket_sendto($a, "x", 1, 0, "ignored"));
echo "still alive\n";
?>
--EXPECTF--

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)

Warning: socket_sendto(): Unable to write to socket [106]: Transport endpoint is already connected in %s on line %d
bool(false)
still alive
