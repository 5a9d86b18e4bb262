--TEST--
socket_recv() with MSG_WAITALL returns a whole 3 MiB frame that arrives in 256 KiB pieces
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork needed'); ?>
--FILE--
<?php
// A frame larger than the module's first receive (1 MiB), written by a
// child in pieces with pauses between them: MSG_WAITALL must wait for all
// of it, as with 8.2, and the next frame must start where this one ends.
$piece = 256 * 1024;
$frame = '';
for ($i = 0; $i < 12; $i++) {
    $frame .= str_repeat(chr(ord('a') + $i), $piece);
}
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, "127.0.0.1", $port);
    foreach (str_split($frame . "NEXT", $piece) as $chunk) {
        for ($off = 0; $off < strlen($chunk); $off += $n) {
            $n = socket_write($c, substr($chunk, $off));
            if ($n === false) {
                exit(1);
            }
        }
        usleep(20000);
    }
    socket_close($c);
    exit(0);
}
$a = socket_accept($l);
// Bounds the wait should the frame never come whole.
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 20, "usec" => 0]);
var_dump(socket_recv($a, $buf, strlen($frame), MSG_WAITALL));
var_dump(strlen($buf), $buf === $frame);
var_dump(socket_recv($a, $next, 4, MSG_WAITALL), $next);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
int(3145728)
int(3145728)
bool(true)
int(4)
string(4) "NEXT"
int(0)
