--TEST--
socket_create_pair(): AF_UNIX SOCK_STREAM pair talks both ways
--FILE--
<?php
$pair = "untouched";
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
var_dump(is_array($pair), count($pair), array_keys($pair));
var_dump($pair[0] instanceof Socket, $pair[1] instanceof Socket, $pair[0] !== $pair[1]);
[$a, $b] = $pair;
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_write($a, "ping"));
var_dump(socket_read($b, 100));
var_dump(socket_write($b, "pong!"));
var_dump(socket_read($a, 100));
var_dump(socket_get_option($a, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
socket_close($a);
var_dump(socket_read($b, 100));
socket_close($b);
?>
--EXPECT--
bool(true)
bool(true)
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
bool(true)
int(4)
string(4) "ping"
int(5)
string(5) "pong!"
bool(true)
string(0) ""
