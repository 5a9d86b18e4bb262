--TEST--
socket_write()/socket_read() PHP_BINARY_READ over an AF_UNIX stream pair
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_write($a, "hello world"));
var_dump(socket_read($b, 5));
var_dump(socket_read($b, 1, PHP_BINARY_READ));
var_dump(socket_read($b, 100));
$bin = "\x00\x01\xff\r\n\x00end";
var_dump(socket_write($a, $bin));
var_dump(socket_read($b, 100) === $bin);
// binary reads do not stop at line ends
socket_write($a, "l1\nl2\rl3");
var_dump(socket_read($b, 100, PHP_BINARY_READ));
?>
--EXPECT--
int(11)
string(5) "hello"
string(1) " "
string(5) "world"
int(9)
bool(true)
string(8) "l1
l2l3"
