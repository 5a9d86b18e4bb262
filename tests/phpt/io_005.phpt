--TEST--
End of stream: socket_read() returns "" and socket_recv() returns 0 with $data null
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "tail");
socket_close($a);
var_dump(socket_read($b, 100));
var_dump(socket_read($b, 100));
var_dump(socket_read($b, 100));
$buf = "untouched";
var_dump(socket_recv($b, $buf, 100, 0));
var_dump($buf);
var_dump(socket_last_error($b));
?>
--EXPECT--
string(4) "tail"
string(0) ""
string(0) ""
int(0)
NULL
int(0)
