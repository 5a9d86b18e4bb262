--TEST--
IPV6_PKTINFO with a null, empty or unusable address is an error, not a crash (8.2 segfaults)
--SKIPIF--
<?php
/* PHP 8.4 and 8.5 fixed the crash: the bundled module passes this too. */
if (PHP_VERSION_ID < 80400) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$c = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$pkt = fn($data) => ['name' => ['addr' => '::1', 'port' => 9], 'iov' => ['x'],
    'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => $data]]];
var_dump(socket_sendmsg($c, $pkt(['addr' => null, 'ifindex' => 0])));
var_dump(socket_sendmsg($c, $pkt(['addr' => '', 'ifindex' => 0])));
var_dump(socket_sendmsg($c, $pkt(null)));
var_dump(socket_sendmsg($c, $pkt(['addr' => '::1', 'ifindex' => null])));
echo "done\n";
?>
--EXPECTF--
Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address '' to get an AF_INET6 address in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name "" could be found in %s on line %d
bool(false)
done
