--TEST--
IP_MTU_DISCOVER with the IP_PMTUDISC_* values, IP_BIND_ADDRESS_NO_PORT (PHP 8.3 to 8.5)
--SKIPIF--
<?php
/* The bundled module has these constants from PHP 8.4 on. */
if (PHP_VERSION_ID < 80400) require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach (['IP_PMTUDISC_DONT', 'IP_PMTUDISC_WANT', 'IP_PMTUDISC_DO', 'IP_PMTUDISC_PROBE', 'IP_PMTUDISC_INTERFACE', 'IP_PMTUDISC_OMIT'] as $name) {
    $ok = socket_set_option($s, IPPROTO_IP, IP_MTU_DISCOVER, constant($name));
    echo $name, ": ", var_export($ok, true), " ", var_export(socket_get_option($s, IPPROTO_IP, IP_MTU_DISCOVER) === constant($name), true), "\n";
}
var_dump(socket_set_option($s, IPPROTO_IP, IP_MTU_DISCOVER, 6));
// With IP_BIND_ADDRESS_NO_PORT, bind() leaves the port to connect().
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($t, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT));
var_dump(socket_set_option($t, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1));
var_dump(socket_get_option($t, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT));
socket_bind($t, '127.0.0.1', 0);
socket_getsockname($t, $addr, $port);
var_dump($port);
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $laddr, $lport);
socket_connect($t, '127.0.0.1', $lport);
socket_getsockname($t, $addr, $port);
var_dump($port > 0);
?>
--EXPECTF--
IP_PMTUDISC_DONT: true true
IP_PMTUDISC_WANT: true true
IP_PMTUDISC_DO: true true
IP_PMTUDISC_PROBE: true true
IP_PMTUDISC_INTERFACE: true true
IP_PMTUDISC_OMIT: true true

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
int(0)
bool(true)
int(1)
int(0)
bool(true)
