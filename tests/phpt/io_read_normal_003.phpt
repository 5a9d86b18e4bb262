--TEST--
socket_read() PHP_NORMAL_READ: a line longer than $length is split at $length
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_option($b, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
socket_write($a, "abcdefghij\nxyz\n12\n");
foreach ([4, 4, 4, 3, 1, 3] as $len) {
    echo $len, ": ", json_encode(socket_read($b, $len, PHP_NORMAL_READ)), "\n";
}
?>
--EXPECT--
4: "abcd"
4: "efgh"
4: "ij\n"
3: "xyz"
1: "\n"
3: "12\n"
