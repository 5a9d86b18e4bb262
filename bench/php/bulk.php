<?php
/* Bulk TCP over loopback: this process writes BYTES in CHUNK-byte
 * socket_write() calls; a forked reader socket_read()s CHUNK at a time until
 * end of stream and answers one byte, which stops the clock. Also prints
 * the bytes per CPU second of both processes together (MBps_cpu), which
 * other load on the machine disturbs less than the elapsed time.
 *   bulk.php BYTES CHUNK */
function cpu(array $ru): float
{
    return $ru['ru_utime.tv_sec'] + $ru['ru_utime.tv_usec'] / 1e6 + $ru['ru_stime.tv_sec'] + $ru['ru_stime.tv_usec'] / 1e6;
}

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
$cpu0 = cpu(getrusage(0));
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
$cpu = cpu(getrusage(0)) - $cpu0 + cpu(getrusage(1));
if ($ack !== 'k') {
    fwrite(STDERR, "reader did not confirm\n");
    exit(1);
}
printf("MBps=%.1f\nMBps_cpu=%.1f\n", $total / (($t1 - $t0) / 1e9) / 1e6, $total / $cpu / 1e6);
