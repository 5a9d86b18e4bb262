--TEST--
Datagrams longer than the read length are truncated (recv, recvfrom, read)
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $a, $port);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach (["first datagram", "second datagram", "third datagram", "fourth"] as $m) {
    socket_sendto($s, $m, strlen($m), 0, "127.0.0.1", $port);
}
var_dump(socket_recv($r, $buf, 5, 0), $buf);
var_dump(socket_recvfrom($r, $buf, 6, 0, $from, $p), $buf);
var_dump(socket_read($r, 5));
var_dump(socket_recv($r, $buf, 100, 0), $buf);
?>
--EXPECT--
int(5)
string(5) "first"
int(6)
string(6) "second"
string(5) "third"
int(6)
string(6) "fourth"
