--TEST--
socket_recvfrom(): EAGAIN on a non-blocking socket is quiet; inet sockets need the $port argument
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, "127.0.0.1", 0);
socket_set_nonblock($r);
$buf = "b"; $from = "f"; $port = "p";
var_dump(socket_recvfrom($r, $buf, 10, 0, $from, $port));
var_dump($buf, $from, $port);
var_dump(socket_last_error($r) === SOCKET_EAGAIN);
try {
    socket_recvfrom($r, $buf, 10, 0, $from);
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$r6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
try {
    socket_recvfrom($r6, $buf, 10, 0, $from);
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_set_nonblock($u);
var_dump(socket_recvfrom($u, $buf, 10, 0, $from));
var_dump(socket_last_error($u) === SOCKET_EAGAIN);
?>
--EXPECT--
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
bool(true)
ArgumentCountError: Wrong parameter count for socket_recvfrom()
ArgumentCountError: Wrong parameter count for socket_recvfrom()
bool(false)
bool(true)
