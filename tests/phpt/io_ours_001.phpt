--TEST--
socket_read()/socket_recv()/socket_recvfrom() with a huge length (PHP_INT_MAX - 1: PHP_INT_MAX itself is refused) return what is there (no huge allocation)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--INI--
memory_limit=32M
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "hello");
var_dump(socket_read($b, PHP_INT_MAX - 1));
socket_write($a, "world");
var_dump(socket_recv($b, $buf, PHP_INT_MAX - 1, 0), $buf);
socket_write($a, "line\nrest");
var_dump(socket_read($b, PHP_INT_MAX - 1, PHP_NORMAL_READ));
var_dump(socket_read($b, PHP_INT_MAX - 2));
socket_write($a, str_repeat("z", 100000));
$got = 0;
socket_set_nonblock($b);
for ($i = 0; $i < 1000 && ($r = socket_read($b, PHP_INT_MAX - 1)) !== false && $r !== ""; $i++) {
    $got += strlen($r);
}
var_dump($got);

$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_getsockname($r, $addr, $port);
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_sendto($s, "datagram", 8, 0, "127.0.0.1", $port);
var_dump(socket_recvfrom($r, $buf, PHP_INT_MAX - 1, 0, $from, $fport), $buf, $from);
echo "memory ok: ", var_export(memory_get_peak_usage() < 16 * 1024 * 1024, true), "\n";
?>
--EXPECT--
string(5) "hello"
int(5)
string(5) "world"
string(5) "line
"
string(4) "rest"
int(100000)
int(8)
string(8) "datagram"
string(9) "127.0.0.1"
memory ok: true
