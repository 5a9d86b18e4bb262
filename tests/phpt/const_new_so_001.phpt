--TEST--
SO_INCOMING_NAPI_ID and SO_BINDTOIFINDEX (PHP 8.3 to 8.5)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
// Loopback traffic has no NAPI instance: the id reads 0.
var_dump(socket_get_option($s, SOL_SOCKET, SO_INCOMING_NAPI_ID));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTOIFINDEX));
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTOIFINDEX, 1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTOIFINDEX));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE));
var_dump(socket_set_option($s, SOL_SOCKET, SO_BINDTOIFINDEX, 0));
var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTOIFINDEX));
?>
--EXPECT--
int(0)
int(0)
bool(true)
int(1)
string(2) "lo"
bool(true)
int(0)
