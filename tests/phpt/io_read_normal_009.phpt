--TEST--
socket_read() PHP_NORMAL_READ after socket_recvmsg() took part of a line sees the rest of it
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "l1\nl2\nl3\n");
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
$msg = ["name" => [], "buffer_size" => 2, "controllen" => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($b, $msg, 0));
echo json_encode($msg["iov"][0]), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
echo json_encode(socket_read($b, 100, PHP_NORMAL_READ)), "\n";
?>
--EXPECT--
"l1\n"
int(2)
"l2"
"\n"
"l3\n"
