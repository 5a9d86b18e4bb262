--TEST--
socket_select() under epoll: dup2() (through FFI) over a registered descriptor while its old file lives on
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
extension=ffi
ffi.enable=1
sockets.select_backend=epoll
--FILE--
<?php
$libc = FFI::cdef('int dup2(int, int); int dup(int); int close(int);', 'libc.so.6');
// The lowest free number: the one socketpair() gives its first socket.
function pair() {
    global $libc;
    $first = $libc->dup(0);
    $libc->close($first);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    return [$p, $first];
}
function sel(array $r) {
    $n = null;
    return socket_select($r, $n, $n, 0) . ':' . implode(',', array_keys($r));
}
[$a, $afd] = pair();
[$b, $bfd] = pair();
echo sel(['a' => $a[0]]), "\n";            // registered, nothing to read

// The old file stays open under another number, so the kernel keeps its
// entry; dup2() puts b[0]'s file under a[0]'s number.
$keep = $libc->dup($afd);
var_dump($libc->dup2($bfd, $afd) === $afd);
socket_write($a[1], 'old');                // the old file is readable ...
echo sel(['a' => $a[0]]), "\n";            // ... but the number names b's file now
socket_write($b[1], 'new');
echo sel(['a' => $a[0]]), "\n";            // b's file is readable under the number
var_dump(socket_read($a[0], 10));

// The same sequence under the poll backend gives the same answers, also
// where epoll cannot see the change (the old file had no other
// reference): docs/compat.md recommends poll for programs that dup2()
// over their sockets' descriptors.
ini_set('sockets.select_backend', 'poll');
[$c, $cfd] = pair();
[$d, $dfd] = pair();
echo sel(['c' => $c[0]]), "\n";
$libc->dup2($dfd, $cfd);
socket_write($d[1], 'x');
echo sel(['c' => $c[0]]), "\n";
$libc->close($keep);
?>
--EXPECT--
0:
bool(true)
0:
1:a
string(3) "new"
0:
1:c
