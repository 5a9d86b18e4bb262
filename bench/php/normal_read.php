<?php
/* PHP_NORMAL_READ: a forked writer sends LINES lines of 40 bytes over a
 * unix stream socketpair; this process reads them with
 * socket_read($s, LENGTH, PHP_NORMAL_READ) until end of stream. With
 * "inline" this process writes them all first (they must fit in the socket
 * buffer: a few thousand lines), so that callgrind sees one process.
 * PER_WRITE is how many lines the writer sends with each socket_write().
 *   normal_read.php LINES [LENGTH] [inline|fork] [PER_WRITE] */
$lines = (int)($argv[1] ?? 100000);
$length = (int)($argv[2] ?? 1024);
$per_write = max(1, (int)($argv[4] ?? 100));   // lines the writer sends in one socket_write()
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair) or exit(1);
$inline = ($argv[3] ?? '') === 'inline';
$t0 = hrtime(true);
$pid = $inline ? 0 : pcntl_fork();
if ($pid === 0) {
    if ($inline) {
        socket_write($pair[1], str_repeat(str_repeat('x', 39) . "\n", $lines));
        socket_close($pair[1]);
        goto read;
    }
    socket_close($pair[0]);
    $chunk = str_repeat(str_repeat('x', 39) . "\n", $per_write);
    for ($i = 0; $i < $lines / $per_write; $i++) {
        for ($off = 0; $off < strlen($chunk); $off += $n) {
            $n = socket_write($pair[1], $off ? substr($chunk, $off) : $chunk);
        }
    }
    exit(0);
}
socket_close($pair[1]);
read:
$count = 0;
// The end of the stream is false with 8.2's [104] warning (both modules).
while (($l = @socket_read($pair[0], $length, PHP_NORMAL_READ)) !== false && $l !== '') {
    if ($l === "\n") {
        continue;
    }
    $count++;
}
$t1 = hrtime(true);
$pid && pcntl_waitpid($pid, $st);
if ($count !== $lines) {
    fwrite(STDERR, "read $count lines, expected $lines\n");
    exit(1);
}
printf("lps=%.0f\n", $count / (($t1 - $t0) / 1e9));
