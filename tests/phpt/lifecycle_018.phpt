--TEST--
socket_set_nonblock()/socket_set_block(): O_NONBLOCK toggles; reads fail with EAGAIN only when non-blocking
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
var_dump(socket_set_nonblock($b));
var_dump(socket_set_nonblock($b));
var_dump(socket_read($b, 10));
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_clear_error();
socket_clear_error($b);
var_dump(socket_set_block($b));
var_dump(socket_set_block($b));
var_dump(socket_last_error($b), socket_last_error());
// blocking again: a receive timeout makes the read give up, still without warning
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 0, "usec" => 100000]);
$t = microtime(true);
var_dump(socket_read($b, 10));
$el = microtime(true) - $t;
var_dump($el > 0.05 && $el < 5);
var_dump(socket_last_error($b) === SOCKET_EAGAIN);
socket_write($a, "data");
var_dump(socket_read($b, 10));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
int(0)
bool(false)
bool(true)
bool(true)
string(4) "data"
