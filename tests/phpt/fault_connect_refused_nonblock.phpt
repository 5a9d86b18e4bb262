--TEST--
Fault: a non-blocking connect to a closed port: EINPROGRESS quietly, then ECONNREFUSED through SO_ERROR
--FILE--
<?php
// A port that is bound but not listening: connecting to it is refused.
$closed = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($closed, '127.0.0.1', 0);
socket_getsockname($closed, $addr, $port);

foreach ([[AF_INET, '127.0.0.1'], [AF_INET6, '::1']] as [$family, $host]) {
    if ($family === AF_INET6) {
        $closed6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
        socket_bind($closed6, '::1', 0);
        socket_getsockname($closed6, $addr, $port);
    }
    $c = socket_create($family, SOCK_STREAM, SOL_TCP);
    socket_set_nonblock($c);
    // No warning for EINPROGRESS: the connect goes on in the background.
    var_dump(socket_connect($c, $host, $port));
    var_dump(socket_last_error($c) === SOCKET_EINPROGRESS);

    // Poll SO_ERROR until the refusal arrives (at most 2 s).
    $err = 0;
    for ($i = 0; $i < 200 && $err === 0; $i++) {
        $err = socket_get_option($c, SOL_SOCKET, SO_ERROR);
        $err || usleep(10000);
    }
    var_dump($err === SOCKET_ECONNREFUSED);
    // Reading SO_ERROR clears it.
    var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
    // The socket is not connected.
    var_dump(@socket_getpeername($c, $peer), socket_last_error($c) === SOCKET_ENOTCONN);
    socket_close($c);
}
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
int(0)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
bool(false)
bool(true)
