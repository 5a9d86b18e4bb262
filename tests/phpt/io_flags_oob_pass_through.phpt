--TEST--
socket_send(), socket_sendto() and socket_sendmsg() pass their flags to the kernel: MSG_OOB sends urgent data
--FILE--
<?php
// Without SO_OOBINLINE an urgent byte is kept apart from the stream: only
// recv(MSG_OOB) returns it, and a plain read does not. Were the flags
// dropped, the byte would arrive inline and recv(MSG_OOB) would fail.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, "127.0.0.1", 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, "127.0.0.1", $port);
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 5, "usec" => 0]);
$senders = [
    'send' => fn($byte) => socket_send($c, $byte, 1, MSG_OOB),
    // A connected TCP socket ignores the address of sendto().
    'sendto' => fn($byte) => socket_sendto($c, $byte, 1, MSG_OOB, "127.0.0.1", $port),
    'sendmsg' => fn($byte) => socket_sendmsg($c, ['iov' => [$byte]], MSG_OOB),
];
foreach ($senders as $name => $send) {
    echo "$name:\n";
    var_dump(socket_write($c, "ab"));
    var_dump($send("!"));
    // Wait (bounded) until the urgent byte is there.
    $r = $w = null; $e = [$a];
    var_dump(socket_select($r, $w, $e, 5));
    var_dump(socket_recv($a, $oob, 1, MSG_OOB), $oob);
    var_dump(socket_recv($a, $inline, 10, MSG_DONTWAIT), $inline);
}
?>
--EXPECT--
send:
int(2)
int(1)
int(1)
int(1)
string(1) "!"
int(2)
string(2) "ab"
sendto:
int(2)
int(1)
int(1)
int(1)
string(1) "!"
int(2)
string(2) "ab"
sendmsg:
int(2)
int(1)
int(1)
int(1)
string(1) "!"
int(2)
string(2) "ab"
