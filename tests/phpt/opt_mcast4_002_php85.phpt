--TEST--
IPv4 multicast membership: missing keys, bad interfaces, unicast groups, non-IP sockets (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function t($f) {
    try {
        var_dump($f());
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([
    [MCAST_JOIN_GROUP, ['interface' => 'lo']],
    [MCAST_JOIN_GROUP, '224.0.0.251'],
    [MCAST_LEAVE_GROUP, []],
    [MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'interface' => 'lo']],
    [MCAST_BLOCK_SOURCE, ['source' => '127.0.0.1', 'interface' => 'lo']],
    [MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => -1]],
    [MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 4294967296]],
] as [$opt, $value]) {
    try {
        var_dump(socket_set_option($s, IPPROTO_IP, $opt, $value));
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
// An interface name that does not exist; a string is always a name.
t(fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 'no-such-if0']));
t(fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => '1']));
t(fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => null]));
var_dump(socket_last_error($s));
// An index of no interface, and a group that is not a multicast address,
// are the kernel's errors.
t(fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 999999]));
var_dump(socket_last_error($s) === SOCKET_ENODEV);
t(fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '127.0.0.1', 'interface' => 'lo']));
var_dump(socket_last_error($s) === SOCKET_EINVAL);
// A group of the wrong family for the level.
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
t(fn() => socket_set_option($s6, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '::ffff:224.0.0.1', 'interface' => 'lo']));
// Addresses mean nothing to a unix socket.
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 1]));
t(fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1']));
?>
--EXPECTF--
ValueError: No key "group" passed in optval
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
ValueError: No key "group" passed in optval
ValueError: No key "source" passed in optval
ValueError: No key "group" passed in optval
ValueError: Index must be between 0 and 4294967295
ValueError: Index must be between 0 and 4294967295

Warning: socket_set_option(): No interface with name "no-such-if0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): No interface with name "" could be found in %s on line %d
bool(false)
int(0)

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
ValueError: IP address used in the context of an unexpected type of socket
ValueError: IP address used in the context of an unexpected type of socket
