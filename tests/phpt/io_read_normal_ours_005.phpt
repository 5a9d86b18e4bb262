--TEST--
PHP_NORMAL_READ on a blocking socket with SO_RCVTIMEO: timeout mid-line returns the bytes so far; nothing gives false with SOCKET_EAGAIN
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 0, "usec" => 200000]);
socket_write($a, "no newline yet");
$t = microtime(true);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
$t1 = microtime(true) - $t;
var_dump($t1 < 5);
$t = microtime(true);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
$t2 = microtime(true) - $t;
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
var_dump($t2 > 0.1 && $t2 < 5);
socket_write($a, "done\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
?>
--EXPECT--
string(14) "no newline yet"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(5) "done
"
