--TEST--
Socket and AddressInfo cannot be constructed directly
--FILE--
<?php
foreach (['Socket', 'AddressInfo'] as $cls) {
    try {
        var_dump(new $cls);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        var_dump((new ReflectionClass($cls))->newInstance());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        var_dump((new ReflectionClass($cls))->newInstanceWithoutConstructor());
    } catch (ReflectionException $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Error: Cannot directly construct Socket, use socket_create() instead
Error: Cannot directly construct Socket, use socket_create() instead
ReflectionException: Class Socket is an internal class marked as final that cannot be instantiated without invoking its constructor
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
ReflectionException: Class AddressInfo is an internal class marked as final that cannot be instantiated without invoking its constructor
