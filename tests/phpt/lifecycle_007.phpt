--TEST--
socket_close(): closing twice throws Error; the object stays a Socket
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_close($s));
var_dump($s);
try {
    socket_close($s);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($s instanceof Socket);
?>
--EXPECT--
NULL
object(Socket)#1 (0) {
}
Error: socket_close(): Argument #1 ($socket) has already been closed
bool(true)
