--TEST--
Option numbers mean what they mean at their own level only (ours; PHP 8.2 read 13, 20, 21, 25 as SO_* at other levels when setting)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// TCP_NOTSENT_LOWAT (25) is SO_BINDTODEVICE's number: 8.2 passed an int as
// an empty string (EINVAL) and a string's bytes as the int.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_TCP, TCP_NOTSENT_LOWAT, 16384));
var_dump(socket_get_option($s, SOL_TCP, TCP_NOTSENT_LOWAT));
var_dump(socket_set_option($s, SOL_TCP, TCP_NOTSENT_LOWAT, "4096"));
var_dump(socket_get_option($s, SOL_TCP, TCP_NOTSENT_LOWAT));
// TCP_REPAIR_QUEUE (20) is SO_RCVTIMEO's number: 8.2 asked for "sec".
$r = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($r, SOL_TCP, TCP_REPAIR, 1));
var_dump(socket_set_option($r, SOL_TCP, 20, 1));
var_dump(socket_get_option($r, SOL_TCP, 20));
// Option 13 at a level that has none is the kernel's to refuse.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, SOL_UDP, SO_LINGER, 1));
?>
--EXPECTF--
bool(true)
int(16384)
bool(true)
int(4096)
bool(true)
bool(true)
int(1)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
