--TEST--
IPPROTO_IPV6 int options, and IPV6_PKTINFO as an array of addr and ifindex
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach (['IPV6_V6ONLY' => 1, 'IPV6_UNICAST_HOPS' => 7, 'IPV6_TCLASS' => 32, 'IPV6_RECVPKTINFO' => 1,
        'IPV6_RECVHOPLIMIT' => 1, 'IPV6_RECVTCLASS' => 1] as $name => $value) {
    $opt = constant($name);
    echo $name, ": ", socket_get_option($s, IPPROTO_IPV6, $opt), " ",
        var_export(socket_set_option($s, IPPROTO_IPV6, $opt, $value), true), " ",
        socket_get_option($s, IPPROTO_IPV6, $opt), "\n";
}
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_HOPLIMIT));

// IPV6_PKTINFO: a sticky source address and interface.
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 'lo']));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 0, 'addr' => '::', 'other' => 1]));
// Linux does not give it back.
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_PKTINFO));
socket_clear_error($s);
// Conversion errors warn and leave the last error alone.
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, 1));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, (object)['addr' => '::1', 'ifindex' => 1]));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 1]));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'no-such-if0']));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1.0]));
var_dump(socket_last_error($s));
// A v4 socket has none of these.
$s4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($s4, IPPROTO_IPV6, IPV6_PKTINFO));
var_dump(socket_set_option($s4, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
?>
--EXPECTF--
IPV6_V6ONLY: 0 true 1
IPV6_UNICAST_HOPS: 64 true 7
IPV6_TCLASS: 0 true 32
IPV6_RECVPKTINFO: 0 true 1
IPV6_RECVHOPLIMIT: 0 true 1
IPV6_RECVTCLASS: 0 true 1

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)

Warning: socket_get_option(): unable to get socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): The key 'addr' is required in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): The key 'ifindex' is required in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > ifindex): the interface index cannot be negative or larger than 4294967295; given -1 in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > ifindex): no interface with name "no-such-if0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > ifindex): no interface with name "1" could be found in %s on line %d
bool(false)
int(0)

Warning: socket_get_option(): unable to get socket option [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
