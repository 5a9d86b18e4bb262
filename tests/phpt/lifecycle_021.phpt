--TEST--
socket_accept() in a forked child; parent reaps it
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed'); ?>
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($c, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 5, "usec" => 0]);
    socket_connect($c, "127.0.0.1", $port);
    socket_write($c, "from child");
    $reply = socket_read($c, 100);
    exit($reply === "ack" ? 7 : 1);
}
$r = [$l]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 5));
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 5, "usec" => 0]);
var_dump(socket_read($a, 100));
socket_write($a, "ack");
var_dump(socket_read($a, 100));
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
int(1)
string(10) "from child"
string(0) ""
int(7)
