--TEST--
socket_read() PHP_NORMAL_READ consumes only up to the line end; the rest stays in the socket
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "line one\nrest of the data");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_recv($b, $buf, 100, MSG_PEEK), $buf);
var_dump(socket_read($b, 4, PHP_BINARY_READ));
socket_write($a, "\nnext\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_recv($b, $buf, 100, 0), $buf);
?>
--EXPECT--
string(9) "line one
"
int(16)
string(16) "rest of the data"
string(4) "rest"
string(13) " of the data
"
int(5)
string(5) "next
"
