--TEST--
AF_UNIX paths: bind creates the file, names read back, EADDRINUSE on a second bind
--FILE--
<?php
$path = sys_get_temp_dir() . "/addr_011_" . getmypid() . ".sock";
@unlink($path);
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($s, $path));
var_dump(filetype($path));
socket_getsockname($s, $name);
var_dump($name === $path);
$s2 = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($s2, $path));
var_dump(socket_last_error($s2) === SOCKET_EADDRINUSE);
// the file outlives the socket
socket_close($s);
var_dump(file_exists($path));
var_dump(socket_bind($s2, $path));
unlink($path);
var_dump(socket_bind($s2, $path));
unlink($path);
?>
--EXPECTF--
bool(true)
string(6) "socket"
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
