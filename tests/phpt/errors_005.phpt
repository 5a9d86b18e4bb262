--TEST--
socket_last_error() matches the [code] in the warning; socket_strerror() matches its text
--FILE--
<?php
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($b, "127.0.0.1", 0);
socket_getsockname($b, $x, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
set_error_handler(function ($no, $msg) use (&$warning) { $warning = $msg; return true; });
socket_connect($c, "127.0.0.1", $port);
restore_error_handler();
$code = socket_last_error($c);
var_dump($warning === "socket_connect(): unable to connect [$code]: " . socket_strerror($code));
var_dump(socket_strerror($code));
?>
--EXPECT--
bool(true)
string(18) "Connection refused"
