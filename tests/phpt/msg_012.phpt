--TEST--
socket_sendmsg()/socket_recvmsg() on TCP over 127.0.0.1: flags pass through, no name on a stream, errors set the socket's code
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$s = socket_accept($l);

var_dump(socket_sendmsg($c, ['iov' => ['stream ', 'data']], MSG_NOSIGNAL));
/* Bounded wait for both segments. */
for ($i = 0; $i < 100; $i++) {
    $m = ['controllen' => 16, 'buffer_size' => 100];
    if (socket_recvmsg($s, $m, MSG_PEEK) === 11) break;
    usleep(10000);
}
echo "-- MSG_PEEK leaves the data, a name asked for stays null on a stream\n";
$m = ['name' => [], 'controllen' => 16, 'buffer_size' => 100];
var_dump(socket_recvmsg($s, $m, MSG_PEEK), $m['name'], $m['iov']);
$m = ['name' => ['family' => AF_INET], 'controllen' => 16, 'buffer_size' => 6];
var_dump(socket_recvmsg($s, $m, MSG_WAITALL), $m['iov'], $m['flags']);
$m = ['controllen' => 16, 'buffer_size' => 100];
var_dump(socket_recvmsg($s, $m), $m['iov']);

echo "-- a name on a connected TCP socket: the kernel ignores it\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '127.0.0.1', 'port' => 9], 'iov' => ['x']], MSG_NOSIGNAL));

echo "-- end of stream\n";
socket_close($c);
$m = ['controllen' => 16];
var_dump(socket_recvmsg($s, $m, MSG_WAITALL), $m['iov']);
echo "-- a result array is not a valid message array: its name is null\n";
var_dump(socket_recvmsg($s, $m));
$m = ['controllen' => 16];
var_dump(socket_recvmsg($s, $m), $m['iov']);

echo "-- an error in sendmsg\n";
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendmsg($u, ['iov' => ['nobody']]));
var_dump(socket_last_error($u) === SOCKET_ENOTCONN || socket_last_error($u) === SOCKET_EDESTADDRREQ);
var_dump(socket_last_error() === socket_last_error($u));
?>
--EXPECTF--
bool(true)
int(11)
-- MSG_PEEK leaves the data, a name asked for stays null on a stream
int(11)
NULL
array(1) {
  [0]=>
  string(11) "stream data"
}
int(6)
array(1) {
  [0]=>
  string(6) "stream"
}
int(0)
int(5)
array(1) {
  [0]=>
  string(5) " data"
}
-- a name on a connected TCP socket: the kernel ignores it
int(1)
-- end of stream
int(1)
array(1) {
  [0]=>
  string(1) "x"
}
-- a result array is not a valid message array: its name is null

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)
int(0)
array(0) {
}
-- an error in sendmsg

Warning: socket_sendmsg(): Error in sendmsg [%d]: %s in %s on line %d
bool(false)
bool(true)
bool(true)
