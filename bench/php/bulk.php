<?php
/* Bulk TCP over loopback: this process writes BYTES in CHUNK-byte
 * socket_write() calls; a forked reader socket_read()s CHUNK at a time until
 * end of stream and answers one byte, which stops the clock.
 *   bulk.php BYTES CHUNK */
$total = (int)($argv[1] ?? 1 << 30);
$chunk = (int)($argv[2] ?? 65536);
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0) && socket_listen($l, 1) or exit(1);
socket_getsockname($l, $addr, $port);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port) or exit(1);
    $got = 0;
    while (($data = socket_read($c, $chunk)) !== false && $data !== '') {
        $got += strlen($data);
    }
    socket_write($c, $got === $total ? 'k' : 'e');
    exit($got === $total ? 0 : 1);
}
$s = socket_accept($l);
$buf = str_repeat("\0", $chunk);
$t0 = hrtime(true);
for ($sent = 0; $sent < $total; $sent += $chunk) {
    for ($off = 0; $off < $chunk; $off += $n) {
        $n = socket_write($s, $off ? substr($buf, $off) : $buf);
        if ($n === false) {
            exit(1);
        }
    }
}
socket_shutdown($s, 1);
$ack = socket_read($s, 1);
$t1 = hrtime(true);
pcntl_waitpid($pid, $status);
if ($ack !== 'k') {
    fwrite(STDERR, "reader did not confirm\n");
    exit(1);
}
printf("MBps=%.1f\n", $total / (($t1 - $t0) / 1e9) / 1e6);
