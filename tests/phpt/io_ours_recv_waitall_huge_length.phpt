--TEST--
socket_recv() with MSG_WAITALL and a huge length: the bytes that came before end of stream, no huge allocation
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed'); ?>
--INI--
memory_limit=64M
--FILE--
<?php
// 8.2 allocates the length asked for up front (PHP_INT_MAX - 1: the memory
// limit ends the script); here the buffer grows with what arrives, and
// MSG_WAITALL still waits until the peer closes.
$piece = 256 * 1024;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($p[1]);
    for ($i = 0; $i < 12; $i++) {
        $chunk = str_repeat(chr(ord('a') + $i), $piece);
        for ($off = 0; $off < $piece; $off += $n) {
            $n = socket_write($p[0], substr($chunk, $off));
            if ($n === false) {
                exit(1);
            }
        }
        usleep(20000);
    }
    exit(0);
}
socket_close($p[0]);
socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 20, "usec" => 0]);
var_dump(socket_recv($p[1], $buf, PHP_INT_MAX - 1, MSG_WAITALL));
var_dump(strlen($buf), substr($buf, 0, 1), substr($buf, -1), memory_get_peak_usage() < 32 * 1024 * 1024);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
int(3145728)
int(3145728)
string(1) "a"
string(1) "l"
bool(true)
int(0)
