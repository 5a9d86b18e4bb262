--TEST--
socket_get_option()/socket_set_option(): plain int options at SOL_SOCKET round-trip, and the aliases
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['SO_REUSEADDR', 'SO_REUSEPORT', 'SO_KEEPALIVE', 'SO_BROADCAST', 'SO_OOBINLINE', 'SO_DONTROUTE', 'SO_DEBUG'] as $name) {
    $opt = constant($name);
    $before = socket_get_option($s, SOL_SOCKET, $opt);
    $set = socket_set_option($s, SOL_SOCKET, $opt, 1);
    $after = socket_get_option($s, SOL_SOCKET, $opt);
    $unset = socket_set_option($s, SOL_SOCKET, $opt, 0);
    echo "$name: ", var_export([$before, $set, $after, $unset, socket_get_option($s, SOL_SOCKET, $opt)], true) === var_export([0, true, 1, true, 0], true) ? "ok" : "FAIL", "\n";
}
// The kernel doubles buffer sizes for its bookkeeping.
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 65536));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDBUF, 65536));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDBUF));
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
var_dump(socket_get_option($s, SOL_SOCKET, SO_ERROR));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVLOWAT));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVLOWAT, 10));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVLOWAT));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDLOWAT));
// The aliases are the same functions.
var_dump(socket_setopt($s, SOL_SOCKET, SO_KEEPALIVE, 1));
var_dump(socket_getopt($s, SOL_SOCKET, SO_KEEPALIVE));
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_get_option($u, SOL_SOCKET, SO_TYPE) === SOCK_DGRAM);
var_dump(socket_set_option($u, SOL_SOCKET, SO_PASSCRED, 1));
var_dump(socket_get_option($u, SOL_SOCKET, SO_PASSCRED));
var_dump(socket_last_error());
?>
--EXPECT--
SO_REUSEADDR: ok
SO_REUSEPORT: ok
SO_KEEPALIVE: ok
SO_BROADCAST: ok
SO_OOBINLINE: ok
SO_DONTROUTE: ok
SO_DEBUG: ok
bool(true)
int(131072)
bool(true)
int(131072)
bool(true)
int(0)
int(1)
bool(true)
int(10)
int(1)
bool(true)
int(1)
bool(true)
bool(true)
int(1)
int(0)
