--TEST--
IP_TTL, IP_TOS, IP_PKTINFO, IP_RECVERR, IP_FREEBIND, IP_TRANSPARENT, IPV6_RECVERR (ours) round-trip as ints
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach (['IP_TTL' => 33, 'IP_TOS' => 0x10, 'IP_PKTINFO' => 1, 'IP_RECVERR' => 1, 'IP_FREEBIND' => 1, 'IP_TRANSPARENT' => 1] as $name => $value) {
    $opt = constant($name);
    echo $name, ": ", socket_get_option($s, IPPROTO_IP, $opt), " ",
        var_export(socket_set_option($s, IPPROTO_IP, $opt, $value), true), " ",
        socket_get_option($s, IPPROTO_IP, $opt), "\n";
}
// The kernel's ranges apply: a TTL is 1 to 255 (-1 for the default).
var_dump(socket_set_option($s, IPPROTO_IP, IP_TTL, 256));
var_dump(socket_set_option($s, IPPROTO_IP, IP_TTL, -1));
var_dump(socket_get_option($s, IPPROTO_IP, IP_TTL));
// IP_FREEBIND lets a socket bind to an address no interface has
// (192.0.2.1 is TEST-NET-1; nothing is sent).
$f = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(@socket_bind($f, '192.0.2.1', 0));
$f = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_set_option($f, IPPROTO_IP, IP_FREEBIND, 1);
var_dump(socket_bind($f, '192.0.2.1', 0));
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($s6, IPPROTO_IPV6, IPV6_RECVERR));
var_dump(socket_set_option($s6, IPPROTO_IPV6, IPV6_RECVERR, 1));
var_dump(socket_get_option($s6, IPPROTO_IPV6, IPV6_RECVERR));
?>
--EXPECTF--
IP_TTL: 64 true 33
IP_TOS: 0 true 16
IP_PKTINFO: 0 true 1
IP_RECVERR: 0 true 1
IP_FREEBIND: 0 true 1
IP_TRANSPARENT: 0 true 1

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
int(64)
bool(false)
bool(true)
int(0)
bool(true)
int(1)
