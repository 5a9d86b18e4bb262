--TEST--
AddressInfo: final, not constructible, not cloneable, not serializable, no dynamic properties
--FILE--
<?php
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$r = socket_addrinfo_lookup("127.0.0.1", null, ["ai_socktype" => SOCK_STREAM]);
$ai = $r[0];
attempt(fn() => new AddressInfo());
attempt(fn() => clone $ai);
attempt(fn() => serialize($ai));
attempt(fn() => $ai->ai_family = 1);
attempt(fn() => $ai == $r[0]);
attempt(fn() => (new ReflectionClass('AddressInfo'))->isFinal());
var_dump($ai);
// Freed with the lookup's array still alive, and the other way round.
unset($r);
var_dump(socket_addrinfo_explain($ai)["ai_addr"]["sin_addr"]);
?>
--EXPECT--
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
Error: Trying to clone an uncloneable object of class AddressInfo
Exception: Serialization of 'AddressInfo' is not allowed
Error: Cannot create dynamic property AddressInfo::$ai_family
bool(true)
bool(true)
object(AddressInfo)#1 (0) {
}
string(9) "127.0.0.1"
