--TEST--
socket_accept() with several pending connections returns them in order
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l, 8);
socket_getsockname($l, $addr, $port);
$clients = [];
for ($i = 0; $i < 3; $i++) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, "127.0.0.1", $port);
    socket_write($c, "client $i");
    $clients[] = $c;
}
for ($i = 0; $i < 3; $i++) {
    $a = socket_accept($l);
    socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
    var_dump(socket_read($a, 100));
}
socket_set_nonblock($l);
var_dump(socket_accept($l));
?>
--EXPECT--
string(8) "client 0"
string(8) "client 1"
string(8) "client 2"
bool(false)
