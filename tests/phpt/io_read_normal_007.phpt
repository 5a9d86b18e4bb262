--TEST--
socket_read() PHP_NORMAL_READ: 300 lines of varied length (\n and \r ends) and one longer than a peek, all sent at once, come back one by one; a small $length splits them
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$lines = [];
for ($i = 0; $i < 300; $i++) {
    $lines[] = str_repeat(chr(97 + $i % 26), $i % 50) . ($i % 7 == 3 ? "\r" : "\n");
}
$lines[] = str_repeat('L', 5000) . "\n";
$lines[] = "tail\n";
var_dump(socket_write($a, implode('', $lines)));
$got = [];
foreach ($lines as $_) {
    $got[] = socket_read($b, 8192, PHP_NORMAL_READ);
}
var_dump(count($got), $got === $lines);

socket_write($a, "0123456789\nabc\nxy\n");
for ($i = 0; $i < 5; $i++) {
    echo json_encode(socket_read($b, 4, PHP_NORMAL_READ)), "\n";
}
?>
--EXPECT--
int(12656)
int(302)
bool(true)
"0123"
"4567"
"89\n"
"abc\n"
"xy\n"
