--TEST--
socket_read() PHP_NORMAL_READ after socket_recv(), a binary socket_read() or socket_recvfrom() took part of a line sees the rest of it
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "l1\nl2\nl3\nl4\nl5\nl6\nl7\n");
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
var_dump(socket_recv($b, $buf, 2, 0));
echo json_encode($buf), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 2)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
var_dump(socket_recvfrom($b, $buf, 2, 0, $from));
echo json_encode($buf), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
?>
--EXPECT--
"l1\n"
int(2)
"l2"
"\n"
"l3\n"
"l4"
"\n"
"l5\n"
int(2)
"l6"
"\n"
"l7\n"
