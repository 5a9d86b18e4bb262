--TEST--
socket_get_option(): bytes the kernel does not write of an int option read as 0, not stack garbage (compat.md options 4)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// SO_GET_FILTER (26) on a socket without a filter, and IP_OPTIONS (4)
// without options: the kernel answers with length 0. 8.2 returns whatever
// its uninitialised int held.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, 26));
var_dump(socket_get_option($s, IPPROTO_IP, 4));
// Called again after something else used the stack: still 0.
str_repeat("\xff", 4096);
var_dump(socket_getopt($s, SOL_SOCKET, 26));
?>
--EXPECT--
int(0)
int(0)
int(0)
