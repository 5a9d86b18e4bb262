--TEST--
socket_read() PHP_NORMAL_READ over TCP, line arriving in several writes from a child
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
    socket_connect($c, "127.0.0.1", $port);
    foreach (["HEL", "LO ", "WOR", "LD\r", "\nBYE\n"] as $piece) {
        socket_write($c, $piece);
        usleep(20000);
    }
    usleep(200000);
    exit(0);
}
$r = [$l]; $w = $e = null;
socket_select($r, $w, $e, 5);
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 5, "usec" => 0]);
for ($i = 0; $i < 3; $i++) {
    echo json_encode(socket_read($a, 100, PHP_NORMAL_READ)), "\n";
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
"HELLO WORLD\r"
"\n"
"BYE\n"
int(0)
