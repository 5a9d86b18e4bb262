--TEST--
Socket and AddressInfo cannot be cloned
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
$ai = socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET]);
foreach ([$s, $ai[0]] as $obj) {
    try {
        $c = clone $obj;
        var_dump($c);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
socket_close($s);
try {
    clone $s;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class Socket
Error: Trying to clone an uncloneable object of class AddressInfo
Error: Trying to clone an uncloneable object of class Socket
