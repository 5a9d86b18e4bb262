--TEST--
socket_sendmsg()/socket_recvmsg() over ::1: AF_INET6 names, IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS
--SKIPIF--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$s || !@socket_bind($s, '::1', 0)) die('skip no IPv6 loopback');
?>
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_RECVTCLASS, 1));
socket_bind($s, '::1', 0);
socket_getsockname($s, $addr, $port);
$c = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($c, '::1', 0);
socket_getsockname($c, $caddr, $cport);

echo "-- what the kernel reports\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port, 'flowinfo' => 0, 'scope_id' => 0],
    'iov' => ['v6']]));
$m = ['name' => [], 'controllen' => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO)
    + socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT) + socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS)];
var_dump(socket_recvmsg($s, $m));
var_dump($m['name']['port'] === $cport);
unset($m['name']['port']);
var_dump($m);

echo "-- what we set\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['set'], 'control' => [
    ['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 7],
    ['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => '40'],
    ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 0]],
]]));
$m = ['name' => [], 'controllen' => 200];
var_dump(socket_recvmsg($s, $m));
foreach ($m['control'] as $cm) {
    echo $cm['level'], ' ', $cm['type'], ' ', json_encode($cm['data']), "\n";
}

echo "-- an interface by name, and by index\n";
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['lo'], 'control' => [
    ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 'lo']],
]]));
$m = ['controllen' => 200];
var_dump(socket_recvmsg($s, $m), $m['iov'][0], $m['control'][0]['data']['ifindex'] > 0);
$lo = $m['control'][0]['data']['ifindex'];
var_dump(socket_sendmsg($c, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['idx'], 'control' => [
    ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::', 'ifindex' => $lo]],
]]));
$m = ['controllen' => 200];
var_dump(socket_recvmsg($s, $m), $m['iov'][0], $m['control'][0]['data']['addr']);

echo "-- an AF_INET name on an AF_INET6 socket is accepted and the kernel refuses it\n";
var_dump(socket_sendmsg($c, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['x']]));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
-- what the kernel reports
int(2)
int(2)
bool(true)
array(4) {
  ["name"]=>
  array(4) {
    ["family"]=>
    int(10)
    ["addr"]=>
    string(3) "::1"
    ["flowinfo"]=>
    int(0)
    ["scope_id"]=>
    int(0)
  }
  ["control"]=>
  array(3) {
    [0]=>
    array(3) {
      ["level"]=>
      int(41)
      ["type"]=>
      int(50)
      ["data"]=>
      array(2) {
        ["addr"]=>
        string(3) "::1"
        ["ifindex"]=>
        int(%d)
      }
    }
    [1]=>
    array(3) {
      ["level"]=>
      int(41)
      ["type"]=>
      int(52)
      ["data"]=>
      int(%d)
    }
    [2]=>
    array(3) {
      ["level"]=>
      int(41)
      ["type"]=>
      int(67)
      ["data"]=>
      int(0)
    }
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(2) "v6"
  }
  ["flags"]=>
  int(0)
}
-- what we set
int(3)
int(3)
41 50 {"addr":"::1","ifindex":%d}
41 52 7
41 67 40
-- an interface by name, and by index
int(2)
int(2)
string(2) "lo"
bool(true)
int(3)
int(3)
string(3) "idx"
string(3) "::1"
-- an AF_INET name on an AF_INET6 socket is accepted and the kernel refuses it

Warning: socket_sendmsg(): Error in sendmsg [%d]: %s in %s on line %d
bool(false)
