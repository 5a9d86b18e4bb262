--TEST--
Fault: a read timeout via SO_RCVTIMEO: false with EAGAIN and no warning, after about the timeout
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_set_option($p[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 300000]));
var_dump(socket_get_option($p[0], SOL_SOCKET, SO_RCVTIMEO));

// PHP_NORMAL_READ is left out: 8.2 loops forever there once the timeout
// expires (docs/compat.md, core functions 5; ours: io_read_normal_ours_*).
foreach (['read', 'recv', 'recvfrom'] as $how) {
    $t = microtime(true);
    switch ($how) {
        case 'read': $r = socket_read($p[0], 100); break;
        case 'recv': $r = socket_recv($p[0], $buf, 100, 0); break;
        default: $r = socket_recvfrom($p[0], $buf, 100, 0, $from);
    }
    $took = microtime(true) - $t;
    echo "$how: ";
    var_dump($r, socket_last_error($p[0]) === SOCKET_EAGAIN, $took > 0.25 && $took < 3);
    socket_clear_error($p[0]);
}

// Data that arrives within the timeout is read as usual.
socket_write($p[1], "in time\n");
var_dump(socket_read($p[0], 100));

// A TCP connection times out the same way.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$s = socket_accept($l);
socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 300000]);
$t = microtime(true);
var_dump(socket_read($s, 100), socket_last_error($s) === SOCKET_EAGAIN, microtime(true) - $t > 0.25);
?>
--EXPECT--
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(300000)
}
read: bool(false)
bool(true)
bool(true)
recv: bool(false)
bool(true)
bool(true)
recvfrom: bool(false)
bool(true)
bool(true)
string(8) "in time
"
bool(false)
bool(true)
bool(true)
