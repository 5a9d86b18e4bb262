--TEST--
socket_read()/socket_recv()/socket_recvfrom(): zero or negative length return false quietly
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_write($a, "pending");
var_dump(socket_read($b, 0));
var_dump(socket_read($b, -1));
var_dump(socket_read($b, 0, PHP_NORMAL_READ));
$buf = "untouched";
var_dump(socket_recv($b, $buf, 0, 0), $buf);
var_dump(socket_recv($b, $buf, -10, 0), $buf);
$from = "from"; $port = "port";
var_dump(socket_recvfrom($b, $buf, 0, 0, $from, $port), $buf, $from, $port);
var_dump(socket_last_error(), socket_last_error($b));
// the data is still there
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_read($b, 100));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
string(9) "untouched"
bool(false)
string(9) "untouched"
bool(false)
string(9) "untouched"
string(4) "from"
string(4) "port"
int(0)
int(0)
string(7) "pending"
