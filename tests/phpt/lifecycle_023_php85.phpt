--TEST--
socket_accept() on a non-blocking listener returns a blocking socket (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
socket_set_nonblock($l);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, "127.0.0.1", $port);
$r = [$l]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 2));
$a = socket_accept($l);
var_dump($a instanceof Socket);
// a blocking read waits for the receive timeout; a non-blocking one would return at once
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 0, "usec" => 300000]);
$t = microtime(true);
var_dump(socket_read($a, 10));
$el = microtime(true) - $t;
var_dump($el > 0.2 && $el < 5);
var_dump(socket_last_error($a) === SOCKET_EAGAIN);
?>
--EXPECT--
int(1)
bool(true)
bool(false)
bool(false)
bool(true)
