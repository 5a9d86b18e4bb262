--TEST--
socket_close() and unset() release the descriptor: the peer sees end of stream
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($p[0], "last");
socket_close($p[0]);
var_dump(socket_read($p[1], 100));
var_dump(socket_read($p[1], 100));

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_set_option($q[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$a = $q[0];
unset($q[0]);
socket_write($a, "bye");
unset($a);
var_dump(socket_read($q[1], 100));
var_dump(socket_read($q[1], 100));
?>
--EXPECT--
string(4) "last"
string(0) ""
string(3) "bye"
string(0) ""
