--TEST--
socket_select() under epoll after fork(): the child builds its own set; what the child closes does not change the parent's
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
<?php if (!function_exists('pcntl_fork')) die('skip pcntl'); ?>
--INI--
sockets.select_backend=epoll
--FILE--
<?php
$n = null;
$pairs = [];
for ($i = 0; $i < 4; $i++) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    $pairs[] = $p;
}
socket_write($pairs[0][1], 'a');
$r = array_column($pairs, 0);
var_dump(socket_select($r, $n, $n, 0), array_keys($r));

foreach (['close first', 'select first'] as $how) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $out = [];
        if ($how === 'close first') {
            socket_close($pairs[0][0]);
            socket_close($pairs[1][0]);
        }
        $r = [2 => $pairs[2][0], 3 => $pairs[3][0]];
        $out[] = socket_select($r, $n, $n, 0);
        socket_write($pairs[3][1], 'c');
        $r = [2 => $pairs[2][0], 3 => $pairs[3][0]];
        $out[] = socket_select($r, $n, $n, 0);
        $out[] = array_keys($r);
        $out[] = socket_read($pairs[3][0], 1);
        if ($how === 'select first') {
            socket_close($pairs[0][0]);
            socket_close($pairs[1][0]);
        }
        echo "child ($how): ", json_encode($out), "\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    // The parent's sockets 0 and 1 are still open and registered here.
    socket_write($pairs[1][1], 'b');
    $r = array_column($pairs, 0);
    var_dump(socket_select($r, $n, $n, 0), array_keys($r));
    socket_read($pairs[1][0], 1);
}
?>
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(0)
}
child (close first): [0,1,[3],"c"]
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
child (select first): [0,1,[3],"c"]
int(2)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
