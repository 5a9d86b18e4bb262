--TEST--
socket_addrinfo_lookup(): a failed lookup is false, without a warning or a last error (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function t($f) {
    try {
        var_dump($f());
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
socket_clear_error();
t(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET6]));
t(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => 12345]));
t(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_socktype" => 999]));
t(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_flags" => -1]));
t(fn() => socket_addrinfo_lookup("127.0.0.1", "no-such-service", ["ai_flags" => AI_NUMERICSERV]));
t(fn() => socket_addrinfo_lookup("localhost", null, ["ai_flags" => AI_NUMERICHOST]));
t(fn() => socket_addrinfo_lookup("", null));
t(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_UNIX]));
var_dump(socket_last_error());
?>
--EXPECTF--
bool(false)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
bool(false)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be between 0 and 2147483647
bool(false)
bool(false)
bool(false)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
int(0)
