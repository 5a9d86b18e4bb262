--TEST--
TCP over 127.0.0.1: a 256 KiB transfer with partial writes arrives intact
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, "127.0.0.1", $port);
$a = socket_accept($l);
socket_set_nonblock($c);
socket_set_nonblock($a);
$data = '';
for ($i = 0; $i < 65536; $i++) {
    $data .= pack('N', $i * 2654435761 & 0xffffffff);
}
$sent = 0; $recv = '';
$deadline = microtime(true) + 20;
while (strlen($recv) < strlen($data) && microtime(true) < $deadline) {
    $r = [$a]; $w = $sent < strlen($data) ? [$c] : null; $e = null;
    if (socket_select($r, $w, $e, 1) < 1) continue;
    if ($w) {
        $n = socket_write($c, substr($data, $sent, 200000));
        if ($n !== false) $sent += $n;
    }
    if ($r) {
        $chunk = socket_read($a, 65536);
        if ($chunk !== false) $recv .= $chunk;
    }
}
var_dump(strlen($recv), $recv === $data);
?>
--EXPECT--
int(262144)
bool(true)
