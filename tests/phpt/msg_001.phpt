--TEST--
socket_sendmsg()/socket_recvmsg(): iov gathering, the result array, buffer_size and MSG_TRUNC
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_sendmsg($a, ['iov' => ['hello', ' ', 'world', 42, 1.5, null, true]]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($b, $m));
var_dump($m);

echo "-- buffer_size smaller than the datagram\n";
socket_sendmsg($a, ['iov' => ['0123456789']]);
$m = ['controllen' => 100, 'buffer_size' => 4];
var_dump(socket_recvmsg($b, $m), $m['iov'], $m['flags'] === MSG_TRUNC);

echo "-- MSG_TRUNC reports the full length, the buffer holds what fits\n";
socket_sendmsg($a, ['iov' => ['0123456789']]);
$m = ['controllen' => 100, 'buffer_size' => 4];
var_dump(socket_recvmsg($b, $m, MSG_TRUNC), $m['iov']);

echo "-- an empty datagram, buffer_size 0, no iov, empty control\n";
var_dump(socket_sendmsg($a, []));
var_dump(socket_sendmsg($a, ['iov' => [], 'control' => []]));
$m = ['controllen' => 1, 'buffer_size' => 0];
var_dump(socket_recvmsg($b, $m), $m);
$m = ['controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov']);

echo "-- keys the functions do not read are ignored\n";
socket_sendmsg($a, ['iov' => ['x'], 'flags' => 'junk', 'controllen' => 'junk', 'other' => 1]);
$m = ['controllen' => 8, 'iov' => 5, 'control' => 7, 'flags' => 'x'];
var_dump(socket_recvmsg($b, $m), $m['iov']);
?>
--EXPECT--
int(17)
int(17)
array(4) {
  ["name"]=>
  NULL
  ["control"]=>
  array(0) {
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(17) "hello world421.51"
  }
  ["flags"]=>
  int(0)
}
-- buffer_size smaller than the datagram
int(4)
array(1) {
  [0]=>
  string(4) "0123"
}
bool(true)
-- MSG_TRUNC reports the full length, the buffer holds what fits
int(10)
array(1) {
  [0]=>
  string(4) "0123"
}
-- an empty datagram, buffer_size 0, no iov, empty control
int(0)
int(0)
int(0)
array(4) {
  ["name"]=>
  NULL
  ["control"]=>
  array(0) {
  }
  ["iov"]=>
  array(0) {
  }
  ["flags"]=>
  int(0)
}
int(0)
array(0) {
}
-- keys the functions do not read are ignored
int(1)
array(1) {
  [0]=>
  string(1) "x"
}
