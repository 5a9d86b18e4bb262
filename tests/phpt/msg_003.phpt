--TEST--
socket_sendmsg()/socket_recvmsg(): AF_INET names
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $addr, $port);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($c, '127.0.0.1', 0);
socket_getsockname($c, $caddr, $cport);

var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['v4']]));
$m = ['name' => [], 'controllen' => 100];
var_dump(socket_recvmsg($s, $m));
var_dump(array_keys($m), array_keys($m['name']));
var_dump($m['name']['family'] === AF_INET, $m['name']['addr'], $m['name']['port'] === $cport, $m['iov']);

echo "-- short address forms, numeric strings, an explicit family, other keys ignored\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.1', 'port' => (string)$port, 'family' => AF_INET,
    'flowinfo' => 'x', 'path' => []], 'iov' => ['a']]));
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => (float)$port, 'family' => '2'], 'iov' => ['b']]));
for ($i = 0; $i < 2; $i++) {
    $m = ['name' => ['family' => AF_INET], 'controllen' => 100, 'buffer_size' => 10];
    var_dump(socket_recvmsg($s, $m), $m['name']['addr'], $m['iov'][0]);
}

echo "-- a connected socket needs no name\n";
socket_connect($c, '127.0.0.1', $port);
var_dump(socket_sendmsg($c, ['iov' => ['c']]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($s, $m), $m['iov'][0]);

echo "-- errors\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 65536]]));
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => -1]]));
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 'http']]));
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => null]]));
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => 1]]));
var_dump(socket_last_error($c) <= -10000);
var_dump(socket_sendmsg($c, ['name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => 1]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => AF_UNIX, 'path' => '/tmp/x']]));
var_dump(socket_sendmsg($c, ['name' => ['family' => 12345]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => -1]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => 1 << 40]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => 'inet']]));
var_dump(socket_sendmsg($c, ['name' => ['family' => null]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => true]]));
var_dump(socket_sendmsg($c, ['name' => ['family' => []]]));
var_dump(socket_sendmsg($c, ['name' => 'x']));
var_dump(socket_sendmsg($c, ['name' => null]));
?>
--EXPECTF--
int(2)
int(2)
array(4) {
  [0]=>
  string(4) "name"
  [1]=>
  string(7) "control"
  [2]=>
  string(3) "iov"
  [3]=>
  string(5) "flags"
}
array(3) {
  [0]=>
  string(6) "family"
  [1]=>
  string(4) "addr"
  [2]=>
  string(4) "port"
}
bool(true)
string(9) "127.0.0.1"
bool(true)
array(1) {
  [0]=>
  string(2) "v4"
}
-- short address forms, numeric strings, an explicit family, other keys ignored
int(1)
int(1)
int(1)
string(9) "127.0.0.1"
string(1) "a"
int(1)
string(9) "127.0.0.1"
string(1) "b"
-- a connected socket needs no name
int(1)
int(1)
string(1) "c"
-- errors

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): expected an integer, but got a non numeric string (possibly from a converted object): 'http' in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > addr): could not resolve address '::1' to get an AF_INET address in %s on line %d
bool(false)
bool(true)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (AF_UNIX) is not supported on this socket in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): given PHP integer is out of bounds for a native int in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): expected an integer, but got a non numeric string (possibly from a converted object): 'inet' in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > family): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
