--TEST--
socket_listen()/socket_accept() over AF_INET: peer names match both ways
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($l, "127.0.0.1", 0));
var_dump(socket_listen($l, 5));
socket_getsockname($l, $laddr, $lport);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, "127.0.0.1", $lport));
$a = socket_accept($l);
var_dump(get_class($a));
socket_getsockname($c, $caddr, $cport);
socket_getpeername($a, $paddr, $pport);
var_dump($caddr, $paddr, $cport === $pport);
socket_getsockname($a, $aaddr, $aport);
socket_getpeername($c, $c_peer, $c_peerport);
var_dump($aaddr, $c_peer, $aport === $lport, $c_peerport === $lport);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($c, "hi server");
var_dump(socket_read($a, 100));
socket_write($a, "hi client");
var_dump(socket_read($c, 100));
socket_close($l);
socket_write($c, "listener gone");
var_dump(socket_read($a, 100));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(6) "Socket"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "hi server"
string(9) "hi client"
string(13) "listener gone"
