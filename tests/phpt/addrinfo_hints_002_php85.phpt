--TEST--
socket_addrinfo_lookup(): hint values go through PHP's loose integer conversion, as in 8.2 (PHP 8.5 and later)
--SKIPIF--
<?php
$php_from = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function families($hints) {
    try {
        $r = socket_addrinfo_lookup("127.0.0.1", null, $hints);
    } catch (ValueError|TypeError $e) {
        return get_class($e) . ": " . $e->getMessage();
    }
    if ($r === false) {
        return "false";
    }
    return implode(",", array_map(fn($ai) => socket_addrinfo_explain($ai)["ai_socktype"], $r));
}
echo families(["ai_socktype" => "1"]), "\n";      // numeric string
echo families(["ai_socktype" => "2 apples"]), "\n"; // leading digits, no warning
echo families(["ai_socktype" => "abc"]), "\n";    // 0: any type
echo families(["ai_socktype" => 2.9]), "\n";      // truncated
echo families(["ai_socktype" => true]), "\n";
echo families(["ai_socktype" => null]), "\n";
echo families(["ai_socktype" => []]), "\n";        // empty array: 0
echo families(["ai_family" => [1]]), "\n";         // non-empty array: 1 (AF_UNIX)
echo families(["ai_socktype" => 1e30]), "\n";     // out of range: 0
echo families(["ai_family" => new stdClass]), "\n";
?>
--EXPECTF--
1

Warning: A non-numeric value encountered in %s on line %d
2
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, string given

Deprecated: Implicit conversion from float 2.9 to int loses precision in %s on line %d
2
1
1,2,3
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, array given
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, array given

Warning: The float 1.0E+30 is not representable as an int, cast occurred in %s on line %d
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be between 0 and 2147483647
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, stdClass given
