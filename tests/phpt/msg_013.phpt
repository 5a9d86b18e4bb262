--TEST--
socket_recvmsg(): a control message the module does not know (SO_TIMESTAMP) gives 8.2's warning; the bytes are still counted
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
/* SO_TIMESTAMP is 29 on Linux; neither module has a constant for it. */
var_dump(socket_set_option($b, SOL_SOCKET, 29, 1));
var_dump(socket_sendmsg($a, ['iov' => ['stamped']]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($b, $m), $m);
echo "-- without control room, the same datagram kind passes\n";
var_dump(socket_sendmsg($a, ['iov' => ['stamped']]));
$m = ['controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov'], $m['flags'] === MSG_CTRUNC);
?>
--EXPECTF--
bool(true)
int(7)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): cmsghdr with level 1 and type 29 not supported in %s on line %d
int(7)
bool(false)
-- without control room, the same datagram kind passes
int(7)
int(7)
array(1) {
  [0]=>
  string(7) "stamped"
}
bool(true)
