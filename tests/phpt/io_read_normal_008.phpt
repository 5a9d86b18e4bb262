--TEST--
socket_read() PHP_NORMAL_READ on a new socket that got the descriptor (and object slot) of a closed one reads that socket's own lines
--FILE--
<?php
$data = ["x\nbbbbbbbbbbbbbbbb\n", "1\n2\n3\n4\n5\n6\n7\n8\n", "9\n10\n11\n12\n13\n14\n"];
foreach ($data as $round => $text) {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    socket_set_option($p[1], SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
    socket_write($p[0], $text);
    echo json_encode(socket_read($p[1], 100, PHP_NORMAL_READ)), "\n";
    if ($round == 0) {
        socket_close($p[0]);
        socket_close($p[1]);
    }
    // Freed in this order, the next pair's reader gets this one's object
    // slot, as it gets its descriptor.
    unset($p[1]);
    unset($p[0]);
}
?>
--EXPECT--
"x\n"
"1\n"
"9\n"
