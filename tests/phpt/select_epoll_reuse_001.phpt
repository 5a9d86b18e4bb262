--TEST--
socket_select() under epoll: a descriptor number reused by a new socket after socket_close() and after the Socket is freed
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
sockets.select_backend=epoll
--FILE--
<?php
$n = null;
function ready(array $r, $usec = 0) {
    $n = null;
    return [socket_select($r, $n, $n, 0, $usec), array_keys($r)];
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], 'x');
echo json_encode(ready(['old' => $p[0]])), "\n";
// socket_close(): the old one is gone with its data; the new socket on
// the same number has nothing to read, then something.
socket_close($p[0]);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
echo json_encode(ready(['new' => $q[0]])), "\n";
socket_write($q[1], 'y');
echo json_encode(ready(['new' => $q[0]])), "\n";
socket_read($q[0], 1);
// Freed without socket_close() (the last reference dropped).
socket_write($q[1], 'z');
echo json_encode(ready(['q' => $q[0]])), "\n";
$q[0] = null;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $s);
echo json_encode(ready(['s0' => $s[0], 's1' => $s[1]], 20000)), "\n";
// Many at once: close half of a registered set and open as many anew.
$all = [];
for ($i = 0; $i < 100; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pp);
    $all[] = $pp;
    socket_write($pp[1], 'd');
}
$r = array_column($all, 0);
var_dump(socket_select($r, $n, $n, 0));
for ($i = 0; $i < 100; $i += 2) {
    socket_close($all[$i][0]);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $all[$i]);
}
$r = array_column($all, 0);
var_dump(socket_select($r, $n, $n, 0), array_sum(array_keys($r)) === array_sum(range(1, 99, 2)));
?>
--EXPECT--
[1,["old"]]
[0,[]]
[1,["new"]]
[1,["q"]]
[0,[]]
int(100)
int(50)
bool(true)
