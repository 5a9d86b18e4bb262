--TEST--
AF_UNIX connect/bind errors: missing file, not listening, wrong socket type, missing directory, empty path
--FILE--
<?php
$dir = sys_get_temp_dir();
$missing = "$dir/addr_014_missing_" . getmypid() . ".sock";
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $missing));
var_dump(socket_last_error($c) === SOCKET_ENOENT);

$path = "$dir/addr_014_" . getmypid() . ".sock";
@unlink($path);
$b = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($b, $path);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
var_dump(socket_last_error($c) === SOCKET_ECONNREFUSED);
socket_listen($b);
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($d, $path));
var_dump(socket_last_error($d) === SOCKET_EPROTOTYPE);
unlink($path);

$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($s, "$dir/no_such_dir_" . getmypid() . "/x.sock"));
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($s, ""));
?>
--EXPECTF--
Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line %d
bool(false)
bool(true)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
bool(true)

Warning: socket_connect(): unable to connect [91]: Protocol wrong type for socket in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [2]: No such file or directory in %s on line %d
bool(false)

Warning: socket_connect(): unable to connect [22]: Invalid argument in %s on line %d
bool(false)
