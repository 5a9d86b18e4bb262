--TEST--
SO_PRIORITY, SO_PROTOCOL, SO_DOMAIN, SO_BUSY_POLL, SO_RCVBUFFORCE, SO_SNDBUFFORCE, SO_PEEK_OFF, SO_TIMESTAMP (ours)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$t = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($t, SOL_SOCKET, SO_DOMAIN) === AF_INET6);
var_dump(socket_get_option($t, SOL_SOCKET, SO_PROTOCOL) === SOL_TCP);
var_dump(socket_set_option($t, SOL_SOCKET, SO_DOMAIN, AF_INET));
var_dump(socket_get_option($t, SOL_SOCKET, SO_PRIORITY));
var_dump(socket_set_option($t, SOL_SOCKET, SO_PRIORITY, 6));
var_dump(socket_get_option($t, SOL_SOCKET, SO_PRIORITY));
var_dump(socket_set_option($t, SOL_SOCKET, SO_BUSY_POLL, 50));
var_dump(socket_get_option($t, SOL_SOCKET, SO_BUSY_POLL));
// The FORCE forms pass the system limits (root); the kernel doubles.
var_dump(socket_set_option($t, SOL_SOCKET, SO_RCVBUFFORCE, 1 << 20));
var_dump(socket_get_option($t, SOL_SOCKET, SO_RCVBUF));
var_dump(socket_set_option($t, SOL_SOCKET, SO_SNDBUFFORCE, 1 << 20));
var_dump(socket_get_option($t, SOL_SOCKET, SO_SNDBUF));
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_get_option($u, SOL_SOCKET, SO_DOMAIN) === AF_UNIX);
var_dump(socket_set_option($u, SOL_SOCKET, SO_TIMESTAMP, 1));
var_dump(socket_get_option($u, SOL_SOCKET, SO_TIMESTAMP));
// SO_PEEK_OFF: -1 is off; from 0 on, each MSG_PEEK moves the offset.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_get_option($p[1], SOL_SOCKET, SO_PEEK_OFF));
socket_write($p[0], "hello world");
var_dump(socket_set_option($p[1], SOL_SOCKET, SO_PEEK_OFF, 0));
socket_recv($p[1], $buf, 6, MSG_PEEK);
var_dump($buf);
socket_recv($p[1], $buf, 5, MSG_PEEK);
var_dump($buf);
var_dump(socket_get_option($p[1], SOL_SOCKET, SO_PEEK_OFF));
var_dump(socket_read($p[1], 100));
?>
--EXPECTF--
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
int(0)
bool(true)
int(6)
bool(true)
int(50)
bool(true)
int(2097152)
bool(true)
int(2097152)
bool(true)
bool(true)
int(1)
int(-1)
bool(true)
string(6) "hello "
string(5) "world"
int(11)
string(11) "hello world"
