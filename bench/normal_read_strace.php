<?php
/* Reads 10,000 lines of 40 bytes with PHP_NORMAL_READ from a unix stream
 * pair filled by a child process; run under `strace -c -f` to count the
 * receive calls (see bench/normal_read_syscalls.sh). */
$lines = (int)($argv[1] ?? 10000);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($pair[0]);
    $line = str_repeat('x', 39) . "\n";
    $chunk = str_repeat($line, 100);
    for ($i = 0; $i < $lines / 100; $i++) {
        for ($off = 0; $off < strlen($chunk); $off += $n) {
            $n = socket_write($pair[1], substr($chunk, $off));
        }
    }
    exit(0);
}
socket_close($pair[1]);
$count = 0;
// The end of the stream is false with 8.2's [104] warning (both modules).
while (($l = @socket_read($pair[0], 1024, PHP_NORMAL_READ)) !== false && $l !== '') {
    $count++;
}
pcntl_waitpid($pid, $st);
echo "lines read: $count\n";
