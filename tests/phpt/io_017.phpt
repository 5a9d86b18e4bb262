--TEST--
Connected UDP: socket_write()/socket_send()/socket_read(), getpeername, ICMP refusal
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $ra, $rport);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_connect($c, "127.0.0.1", $rport));
socket_getpeername($c, $pa, $pp);
var_dump($pa, $pp === $rport);
var_dump(socket_write($c, "dg1"));
var_dump(socket_send($c, "dg2", 3, 0));
socket_getsockname($c, $ca, $cport);
var_dump(socket_recvfrom($r, $buf, 100, 0, $from, $fport), $buf, $fport === $cport);
var_dump(socket_read($r, 100));

// a closed port: the ICMP error is reported on the next receive
$gone = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($gone, "127.0.0.1", 0);
socket_getsockname($gone, $ga, $gport);
socket_close($gone);
socket_connect($c, "127.0.0.1", $gport);
socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_write($c, "x"));
var_dump(socket_read($c, 10));
var_dump(socket_last_error($c) === SOCKET_ECONNREFUSED);
?>
--EXPECTF--
bool(true)
string(9) "127.0.0.1"
bool(true)
int(3)
int(3)
int(3)
string(3) "dg1"
bool(true)
string(3) "dg2"
int(1)

Warning: socket_read(): unable to read from socket [111]: Connection refused in %s on line %d
bool(false)
bool(true)
