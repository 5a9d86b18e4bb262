--TEST--
socket_addrinfo_lookup(): a failed lookup is false, without a warning or a last error
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
socket_clear_error();
var_dump(socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET6]));
var_dump(socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => 12345]));
var_dump(socket_addrinfo_lookup("127.0.0.1", null, ["ai_socktype" => 999]));
var_dump(socket_addrinfo_lookup("127.0.0.1", null, ["ai_flags" => -1]));
var_dump(socket_addrinfo_lookup("127.0.0.1", "no-such-service", ["ai_flags" => AI_NUMERICSERV]));
var_dump(socket_addrinfo_lookup("localhost", null, ["ai_flags" => AI_NUMERICHOST]));
var_dump(socket_addrinfo_lookup("", null));
var_dump(socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_UNIX]));
var_dump(socket_last_error());
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(0)
