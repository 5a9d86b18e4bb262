--TEST--
socket_sendmsg()/socket_recvmsg(): AF_UNIX names (paths and abstract names)
--FILE--
<?php
$dir = sys_get_temp_dir();
$srv = "$dir/php_sockets_msg_002_" . getmypid() . ".srv";
$cli = "$dir/php_sockets_msg_002_" . getmypid() . ".cli";
@unlink($srv); @unlink($cli);
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s, $srv));
$c = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($c, $cli));

echo "-- to a path, from a path\n";
var_dump(socket_sendmsg($c, ['name' => ['path' => $srv], 'iov' => ['abc']]));
$m = ['name' => [], 'controllen' => 100];
var_dump(socket_recvmsg($s, $m));
var_dump($m['name']['family'] === AF_UNIX, $m['name']['path'] === $cli, array_keys($m['name']));

echo "-- an explicit family, and no name asked for\n";
var_dump(socket_sendmsg($c, ['name' => ['family' => AF_UNIX, 'path' => $srv], 'iov' => ['def']]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($s, $m), $m['name'], $m['iov']);

echo "-- to an abstract name\n";
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($x, "\0php_sockets_msg_002_" . getmypid()));
var_dump(socket_sendmsg($s, ['name' => ['path' => "\0php_sockets_msg_002_" . getmypid()], 'iov' => ['jkl']]));
$m = ['name' => [], 'controllen' => 100];
var_dump(socket_recvmsg($x, $m), $m['name']['path'] === $srv, $m['iov']);

echo "-- from an unnamed socket\n";
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendmsg($u, ['name' => ['path' => $srv], 'iov' => ['mno']]));
$m = ['name' => [], 'controllen' => 100];
var_dump(socket_recvmsg($s, $m), $m['name']);

echo "-- a path with a NUL is cut there; a number is a path\n";
var_dump(socket_sendmsg($c, ['name' => ['path' => "$srv\0tail"], 'iov' => ['pqr']]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($s, $m), $m['iov']);
var_dump(socket_sendmsg($c, ['name' => ['path' => 5], 'iov' => ['x']]));
unlink($srv); unlink($cli);
?>
--EXPECTF--
bool(true)
bool(true)
-- to a path, from a path
int(3)
int(3)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(6) "family"
  [1]=>
  string(4) "path"
}
-- an explicit family, and no name asked for
int(3)
int(3)
NULL
array(1) {
  [0]=>
  string(3) "def"
}
-- to an abstract name
bool(true)
int(3)
int(3)
bool(true)
array(1) {
  [0]=>
  string(3) "jkl"
}
-- from an unnamed socket
int(3)
int(3)
NULL
-- a path with a NUL is cut there; a number is a path
int(3)
int(3)
array(1) {
  [0]=>
  string(3) "pqr"
}

Warning: socket_sendmsg(): Error in sendmsg [2]: %s in %s on line %d
bool(false)
