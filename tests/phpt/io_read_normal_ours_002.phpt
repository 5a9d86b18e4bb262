--TEST--
PHP_NORMAL_READ at end of stream: the partial last line (8.2 loses it), then 8.2's false with [104] on a blocking socket, "" on a non-blocking one
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "full\nab");
socket_close($a);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b), socket_last_error());
socket_clear_error();
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b), socket_last_error());
// a binary read at the end is "", as in 8.2
var_dump(socket_read($b, 100));

// nothing at all before the end
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_option($q[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_close($q[0]);
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ));
var_dump(socket_last_error($q[1]));

// non-blocking: the partial line, then "" as 8.2 gives
socket_clear_error();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_nonblock($q[1]);
socket_write($q[0], "cd");
socket_close($q[0]);
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ));
var_dump(socket_last_error($q[1]), socket_last_error());
?>
--EXPECTF--
string(5) "full
"
string(2) "ab"

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
int(104)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
int(104)
string(0) ""

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
string(2) "cd"
string(0) ""
int(0)
int(0)
