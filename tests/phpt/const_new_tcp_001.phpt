--TEST--
TCP_QUICKACK, TCP_REPAIR, TCP_SYNCNT, TCP_USER_TIMEOUT (PHP 8.3 to 8.5) are int options
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($c, SOL_TCP, TCP_SYNCNT) > 0);
var_dump(socket_set_option($c, SOL_TCP, TCP_SYNCNT, 3));
var_dump(socket_get_option($c, SOL_TCP, TCP_SYNCNT));
var_dump(socket_set_option($c, SOL_TCP, TCP_SYNCNT, 1000));
var_dump(socket_get_option($c, SOL_TCP, TCP_USER_TIMEOUT));
var_dump(socket_set_option($c, SOL_TCP, TCP_USER_TIMEOUT, 5000));
var_dump(socket_get_option($c, SOL_TCP, TCP_USER_TIMEOUT));
var_dump(socket_set_option($c, SOL_TCP, TCP_USER_TIMEOUT, -1));
socket_connect($c, '127.0.0.1', $port);
var_dump(socket_set_option($c, SOL_TCP, TCP_QUICKACK, 0));
var_dump(socket_get_option($c, SOL_TCP, TCP_QUICKACK));
var_dump(socket_set_option($c, SOL_TCP, TCP_QUICKACK, 1));
var_dump(socket_get_option($c, SOL_TCP, TCP_QUICKACK));
// Repair mode (needs CAP_NET_ADMIN, which root has).
$r = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($r, SOL_TCP, TCP_REPAIR));
var_dump(socket_set_option($r, SOL_TCP, TCP_REPAIR, 1));
var_dump(socket_get_option($r, SOL_TCP, TCP_REPAIR));
var_dump(socket_set_option($r, SOL_TCP, TCP_REPAIR, 0));
var_dump(socket_get_option($r, SOL_TCP, TCP_REPAIR));
?>
--EXPECTF--
bool(true)
bool(true)
int(3)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
int(0)
bool(true)
int(5000)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
int(1)
int(0)
bool(true)
int(1)
bool(true)
int(0)
