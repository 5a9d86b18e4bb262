--TEST--
AF_PACKET: socket_create with ETH_P_* protocols, socket_bind to an interface name, socket_getsockname
--SKIPIF--
<?php require __DIR__ . '/skipif_packet.inc'; ?>
--FILE--
<?php
$lo = (int)file_get_contents('/sys/class/net/lo/ifindex');
foreach (['ETH_P_ALL' => ETH_P_ALL, 'ETH_P_IP' => ETH_P_IP, 'ETH_P_IPV6' => ETH_P_IPV6, 'ETH_P_LOOP' => ETH_P_LOOP] as $name => $proto) {
    $s = socket_create(AF_PACKET, SOCK_RAW, $proto);
    echo $name, ": ", $s instanceof Socket ? "created" : "failed", "\n";
}
$s = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
// Not bound yet: no interface.
var_dump(socket_getsockname($s, $ifname, $ifindex), $ifname, $ifindex);
var_dump(socket_bind($s, 'lo'));
var_dump(socket_getsockname($s, $ifname, $ifindex), $ifname, $ifindex === $lo);
// The port is optional.
var_dump(socket_getsockname($s, $ifname), $ifname);
// An empty name takes the interface index from the port.
$d = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_IP);
var_dump(socket_bind($d, '', $lo));
var_dump(socket_getsockname($d, $ifname, $ifindex), $ifname, $ifindex === $lo);
// An unknown interface.
var_dump(socket_bind($s, 'no-such-if0'), socket_last_error($s));
var_dump(socket_bind($s, "lo\0x"));
?>
--EXPECTF--
ETH_P_ALL: created
ETH_P_IP: created
ETH_P_IPV6: created
ETH_P_LOOP: created
bool(true)
string(0) ""
int(0)
bool(true)
bool(true)
string(2) "lo"
bool(true)
bool(true)
string(2) "lo"
bool(true)
bool(true)
string(2) "lo"
bool(true)

Warning: socket_bind(): Unable to find the interface [19]: No such device in %s on line %d
bool(false)
int(19)

Warning: socket_bind(): Unable to find the interface [19]: No such device in %s on line %d
bool(false)
