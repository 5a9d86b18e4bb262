--TEST--
IPv6 multicast: membership on lo, IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS (-1 to 255), IPV6_MULTICAST_LOOP
--FILE--
<?php
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:3', 'interface' => 'lo']));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:3', 'interface' => 'lo']));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => 'ff02::1:3', 'interface' => 1]));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => 'ff02::1:3', 'interface' => 1]));
// A scope in the group text is taken too.
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:4%lo']));
$req = ['group' => 'ff3e::1234', 'source' => '::1', 'interface' => 'lo'];
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, $req));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, $req));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:5', 'interface' => 'lo']));
$req = ['group' => 'ff02::1:5', 'source' => '::1', 'interface' => 'lo'];
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_BLOCK_SOURCE, $req));
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_UNBLOCK_SOURCE, $req));
// A unicast group, and a v4 socket at the v6 level.
var_dump(socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '::1', 'interface' => 'lo']));
$s4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s4, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 1]));
try {
    socket_set_option($s, IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, ['group' => 'ff3e::1']);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'lo'));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, 0));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, 999999));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'no-such-if0'));
try {
    socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_IF, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 255));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
// -1 means the default (1).
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, -1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
foreach ([-2, 256] as $v) {
    try {
        socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, $v);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}

var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, false));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "yes"));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
No key "source" passed in optval
int(0)
bool(true)
int(1)
bool(true)
int(0)

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line %d
bool(false)

Warning: socket_set_option(): No interface with name "no-such-if0" could be found in %s on line %d
bool(false)
Index must be between 0 and 4294967295
int(1)
bool(true)
int(255)
bool(true)
int(1)
socket_set_option(): Argument #4 ($value) must be between -1 and 255
socket_set_option(): Argument #4 ($value) must be between -1 and 255
int(1)
bool(true)
int(0)
bool(true)
int(1)
