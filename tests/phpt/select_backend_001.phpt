--TEST--
sockets.select_backend: auto, poll and epoll, anything else refused; phpinfo() names the backend
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
sockets.select_backend=auto
--FILE--
<?php
var_dump(ini_get('sockets.select_backend'));
var_dump(ini_set('sockets.select_backend', 'epoll'), ini_get('sockets.select_backend'));
var_dump(ini_set('sockets.select_backend', 'kqueue'), ini_get('sockets.select_backend'));
var_dump(ini_set('sockets.select_backend', 'POLL'), ini_get('sockets.select_backend'));
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (['poll', 'epoll', 'auto'] as $b) {
    ini_set('sockets.select_backend', $b);
    ob_start();
    phpinfo(INFO_MODULES);
    preg_match('/^socket_select\(\) backend => (.*)$/m', ob_get_clean(), $m);
    echo $m[1], "\n";
}
// Every backend gives the same answer.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], 'x');
foreach (['poll', 'epoll', 'auto'] as $b) {
    ini_set('sockets.select_backend', $b);
    $r = ['a' => $p[0], 'b' => $p[1]];
    $w = [$p[0]];
    $e = null;
    var_dump(socket_select($r, $w, $e, 1), array_keys($r), array_keys($w));
}
?>
--EXPECT--
string(4) "auto"
string(4) "auto"
string(5) "epoll"
bool(false)
string(5) "epoll"
string(5) "epoll"
string(4) "POLL"
poll() (sockets.select_backend=poll)
epoll (sockets.select_backend=epoll)
epoll from 32 descriptors, poll() below (sockets.select_backend=auto)
int(2)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  int(0)
}
int(2)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  int(0)
}
int(2)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  int(0)
}
