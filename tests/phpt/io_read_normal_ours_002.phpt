--TEST--
PHP_NORMAL_READ at end of stream: the partial last line, then ""
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
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b));

// nothing at all before the end
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_option($q[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_close($q[0]);
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ));
var_dump(socket_last_error($q[1]));
?>
--EXPECT--
string(5) "full
"
string(2) "ab"
string(0) ""
string(0) ""
int(0)
string(0) ""
int(0)
