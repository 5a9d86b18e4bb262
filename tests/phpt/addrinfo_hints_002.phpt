--TEST--
socket_addrinfo_lookup(): hint values go through PHP's loose integer conversion, as in 8.2
--SKIPIF--
<?php
$php_below = 80500; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
function families($hints) {
    $r = socket_addrinfo_lookup("127.0.0.1", null, $hints);
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
2
1,2,3
2
1
1,2,3
1,2,3
false
1,2,3

Warning: Object of class stdClass could not be converted to int in %s on line %d
false
