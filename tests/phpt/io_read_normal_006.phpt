--TEST--
PHP_NORMAL_READ keeps nothing in user space (complete lines): socket_recv()/socket_read() after it see the remaining bytes
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "head\nbody bytes\r\nmore");
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
var_dump(socket_recv($b, $buf, 100, MSG_PEEK));
echo json_encode($buf), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
var_dump(socket_recv($b, $buf, 100, 0));
echo json_encode($buf), "\n";
socket_write($a, "x\ny");
echo json_encode(socket_read($b, 1, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_BINARY_READ)), "\n";
?>
--EXPECT--
"head\n"
int(16)
"body bytes\r\nmore"
"body bytes\r"
int(5)
"\nmore"
"x"
"\ny"
