--TEST--
socket_select(): more descriptors than RLIMIT_NOFILE fail with EINVAL under every backend, as poll() does
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
extension=posix
--FILE--
<?php
$all = [];
for ($i = 0; $i < 150; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    $all[] = $p[0];
    $all[] = $p[1];
}
socket_write($all[1], 'x');
// Lowered below the descriptors already open: they stay open.
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, 100, (int)posix_getrlimit()['hard openfiles']));
foreach (['poll', 'epoll', 'auto'] as $b) {
    ini_set('sockets.select_backend', $b);
    $r = $all;
    $n = null;
    var_dump(socket_select($r, $n, $n, 0), socket_last_error(), count($r));
    $r = array_slice($all, 0, 60);
    var_dump(socket_select($r, $n, $n, 0));
}
?>
--EXPECTF--
bool(true)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(300)
int(1)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(300)
int(1)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(22)
int(300)
int(1)
