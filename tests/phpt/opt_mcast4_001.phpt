--TEST--
IPv4 multicast membership on lo: MCAST_JOIN_GROUP/LEAVE_GROUP, the source-specific forms, and delivery
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 'lo']));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => 'lo']));
var_dump(socket_last_error($s) === SOCKET_EADDRINUSE);
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '224.0.0.251', 'interface' => 'lo']));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '224.0.0.251', 'interface' => 'lo']));
var_dump(socket_last_error($s) === SOCKET_EADDRNOTAVAIL);
// The interface by index, or left out (0: the kernel picks).
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.252', 'interface' => 1]));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.253']));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, (object)['group' => '224.0.0.254', 'interface' => 0]));
// Source-specific membership.
$req = ['group' => '232.1.2.3', 'source' => '127.0.0.1', 'interface' => 'lo'];
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, $req));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, $req));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, $req));
// Blocking a source of a group joined for any source.
$req = ['group' => '224.0.0.252', 'source' => '127.0.0.1', 'interface' => 1];
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_BLOCK_SOURCE, $req));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, $req));
var_dump(socket_set_option($s, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, $req));
// The membership options cannot be read.
var_dump(socket_get_option($s, IPPROTO_IP, MCAST_JOIN_GROUP));

// A datagram sent to the group over lo reaches the member.
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '0.0.0.0', 0);
socket_getsockname($r, $addr, $port);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(socket_set_option($r, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.250', 'interface' => 'lo']));
$w = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($w, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
var_dump(socket_set_option($w, IPPROTO_IP, IP_MULTICAST_LOOP, true));
var_dump(socket_sendto($w, "to the group", 12, 0, '224.0.0.250', $port));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $fromport), $buf, $from);
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [98]: Address already in use in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
int(12)
int(12)
string(12) "to the group"
string(9) "127.0.0.1"
