--TEST--
socket_addrinfo_lookup(): hint keys (unknown string keys throw, integer keys are ignored)
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function attempt(callable $f) {
    try {
        $r = $f();
        echo is_array($r) ? "array(" . count($r) . ")" : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["foo" => 1]));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["AI_FAMILY" => AF_INET]));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET, "ai_addr" => 1]));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, ["" => 0]));
// Integer keys are skipped, whatever their value.
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, [1, 2, 3]));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, [5 => "x", "ai_socktype" => SOCK_STREAM]));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, []));
// A reference is read through.
$family = AF_INET6;
attempt(fn() => socket_addrinfo_lookup("::1", null, ["ai_family" => &$family, "ai_socktype" => SOCK_STREAM]));
// Argument types.
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", null, "ai_family"));
attempt(fn() => socket_addrinfo_lookup([], null));
attempt(fn() => socket_addrinfo_lookup("127.0.0.1", []));
attempt(fn() => socket_addrinfo_lookup(127, 80));
?>
--EXPECT--
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
array(3)
array(1)
array(3)
array(1)
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) must be of type array, string given
TypeError: socket_addrinfo_lookup(): Argument #1 ($host) must be of type string, array given
TypeError: socket_addrinfo_lookup(): Argument #2 ($service) must be of type ?string, array given
array(3)
