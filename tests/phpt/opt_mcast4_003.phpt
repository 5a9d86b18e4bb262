--TEST--
IP_MULTICAST_IF (name or index; read back as an index), IP_MULTICAST_LOOP, IP_MULTICAST_TTL
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 0));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 1));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_IF));
// Errors: a name of no interface, an index of none, an index out of range.
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 'no-such-if0'));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 999999));
try {
    socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
// Only an int is an index.
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, 1.0));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, true));
var_dump(socket_last_error($s));
// A unix socket cannot be asked for interface addresses.
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));

// IP_MULTICAST_LOOP takes any value as a boolean.
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_LOOP));
foreach ([0, 'x', [], 5, false, '0', 1.5] as $v) {
    socket_set_option($s, IPPROTO_IP, IP_MULTICAST_LOOP, $v);
    echo var_export($v, true), " => ", socket_get_option($s, IPPROTO_IP, IP_MULTICAST_LOOP), "\n";
}

// IP_MULTICAST_TTL is 0 to 255.
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_TTL, 255));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_TTL, "7"));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
var_dump(socket_set_option($s, IPPROTO_IP, IP_MULTICAST_TTL, 0));
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
foreach ([256, -1, "1000"] as $v) {
    try {
        socket_set_option($s, IPPROTO_IP, IP_MULTICAST_TTL, $v);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($s, IPPROTO_IP, IP_MULTICAST_TTL));
?>
--EXPECTF--
int(0)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)

Warning: socket_set_option(): No interface with name "no-such-if0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): Failed obtaining address for interface 999999: error 19 in %s on line %d
bool(false)
Index must be between 0 and 4294967295

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
bool(false)
int(0)

Warning: socket_set_option(): Failed obtaining address for interface 1: error 25 in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
int(1)
0 => 0
'x' => 1
array (
) => 0
5 => 1
false => 0
'0' => 0
1.5 => 1
int(1)
bool(true)
int(255)
bool(true)
int(7)
bool(true)
int(0)
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
int(0)
