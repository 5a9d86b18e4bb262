--TEST--
socket_select() under epoll: dup2() (through FFI) over a registered descriptor whose old file dies with it; the sweep of a wait that finds nothing reports the new file late, never loses it
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
extension=ffi
ffi.enable=1
sockets.select_backend=epoll
--FILE--
<?php
$libc = FFI::cdef('int dup2(int, int); int dup(int); int close(int);', 'libc.so.6');
function pair() {
    global $libc;
    $first = $libc->dup(0);
    $libc->close($first);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    return [$p, $first];
}
function sel(array $r, int $sec) {
    $n = null;
    $t0 = hrtime(true);
    $c = socket_select($r, $n, $n, $sec);
    return sprintf('%s:%s after %s', $c, implode(',', array_keys($r)),
        (hrtime(true) - $t0) / 1e9 < 1.8 ? 'less than 1.8 s' : 'MORE than 1.8 s');
}
// A blocking wait: the kernel dropped the entry with the old file, so epoll
// never reports the number; the sweep after the first second of the wait
// finds the new file readable.
[$a, $afd] = pair();
[$b, $bfd] = pair();
echo sel(['a' => $a[0]], 0), "\n";          // registered, nothing to read
var_dump($libc->dup2($bfd, $afd) === $afd); // a[0]'s old file had no other reference
socket_write($b[1], 'new');
echo sel(['a' => $a[0]], 10), "\n";
var_dump(socket_read($a[0], 10));

// A zero timeout: a sweep at most every 100 ms.
[$c, $cfd] = pair();
[$d, $dfd] = pair();
echo sel(['c' => $c[0]], 0), "\n";
$libc->dup2($dfd, $cfd);
socket_write($d[1], 'x');
usleep(150000);
echo sel(['c' => $c[0]], 0), "\n";
// And the set is rebuilt: the next call sees it at once, through epoll.
echo sel(['c' => $c[0]], 0), "\n";
?>
--EXPECT--
0: after less than 1.8 s
bool(true)
1:a after less than 1.8 s
string(3) "new"
0: after less than 1.8 s
1:c after less than 1.8 s
1:c after less than 1.8 s
