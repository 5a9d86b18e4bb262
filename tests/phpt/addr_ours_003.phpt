--TEST--
Abstract AF_UNIX names are returned whole by socket_getsockname()/socket_getpeername()/socket_recvfrom()
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$name = "\0php_sockets_addr_ours_003_" . getmypid();
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $name);
socket_listen($l);
var_dump(socket_getsockname($l, $got));
var_dump($got === $name, strlen($got) === strlen($name));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_connect($c, $name);
socket_getpeername($c, $peer);
var_dump($peer === $name);
$a = socket_accept($l);
socket_getsockname($a, $aname);
var_dump($aname === $name);
// the client is unnamed
socket_getpeername($a, $apeer);
var_dump($apeer);

// datagrams: sender and receiver both abstract
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($r, $name . "_r");
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($s, $name . "_s");
socket_connect($s, $name . "_r");
socket_getpeername($s, $speer);
var_dump($speer === $name . "_r");
socket_send($s, "hi", 2, 0);
var_dump(socket_recvfrom($r, $buf, 10, 0, $from), $buf, $from === $name . "_s");
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
int(2)
string(2) "hi"
bool(true)
