--TEST--
Socket and AddressInfo are not serializable and cannot be unserialized
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$ai = socket_addrinfo_lookup("127.0.0.1", null, ["ai_family" => AF_INET, "ai_socktype" => SOCK_STREAM]);
foreach ([$s, $ai[0], [$s]] as $v) {
    try {
        var_dump(serialize($v));
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach (['O:6:"Socket":0:{}', 'O:11:"AddressInfo":0:{}', 'C:6:"Socket":0:{}', 'a:1:{i:0;O:6:"Socket":0:{}}'] as $str) {
    try {
        var_dump(unserialize($str));
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Exception: Serialization of 'Socket' is not allowed
Exception: Serialization of 'AddressInfo' is not allowed
Exception: Serialization of 'Socket' is not allowed
Exception: Unserialization of 'Socket' is not allowed
Exception: Unserialization of 'AddressInfo' is not allowed
Exception: Unserialization of 'Socket' is not allowed
Exception: Unserialization of 'Socket' is not allowed
