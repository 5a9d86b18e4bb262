--TEST--
socket_listen()/socket_accept() over an AF_UNIX path
--FILE--
<?php
$path = sys_get_temp_dir() . "/lifecycle_013_" . getmypid() . ".sock";
@unlink($path);
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path));
var_dump(file_exists($path), filetype($path));
var_dump(socket_listen($l, 1));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$a = socket_accept($l);
var_dump($a instanceof Socket);
socket_getpeername($c, $peer);
var_dump($peer === $path);
socket_getsockname($a, $name);
var_dump($name === $path);
socket_getpeername($a, $apeer);
var_dump($apeer);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($c, "over unix");
var_dump(socket_read($a, 100));
socket_close($l);
var_dump(file_exists($path));
unlink($path);
?>
--EXPECT--
bool(true)
bool(true)
string(6) "socket"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
string(9) "over unix"
bool(true)
