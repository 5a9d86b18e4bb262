--TEST--
socket_recvmsg() errors: EAGAIN without a warning (as every other receive); the code in the global error only, the socket's own untouched (as 8.2)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_set_nonblock($p[1]);
$m = ['controllen' => 16];
var_dump(socket_recvmsg($p[1], $m));
var_dump(socket_last_error($p[1]), socket_last_error() === SOCKET_EAGAIN);
var_dump($m);
$m = ['controllen' => 16];
var_dump(socket_recvmsg($p[0], $m, MSG_DONTWAIT));
var_dump(socket_last_error($p[0]), socket_last_error() === SOCKET_EAGAIN);

echo "-- other errors warn, with 8.2's text, and set the global code only\n";
socket_clear_error();
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_recvmsg($t, $m));
var_dump(socket_last_error($t), socket_last_error() === SOCKET_ENOTCONN);
?>
--EXPECTF--
bool(false)
int(0)
bool(true)
array(1) {
  ["controllen"]=>
  int(16)
}
bool(false)
int(0)
bool(true)
-- other errors warn, with 8.2's text, and set the global code only

Warning: socket_recvmsg(): Error in recvmsg [107]: %s in %s on line %d
bool(false)
int(0)
bool(true)
