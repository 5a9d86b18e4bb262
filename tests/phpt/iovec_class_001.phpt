--TEST--
SocketIovec: final, not constructible with new, not clonable, not serializable, no dynamic properties
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$rc = new ReflectionClass(SocketIovec::class);
var_dump($rc->isFinal(), $rc->isInternal(), $rc->getMethods(), $rc->getProperties());

$try = function (string $what, callable $fn) {
    echo "$what: ";
    try {
        $fn();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
};
$iov = socket_iovec_alloc(1, 3);
$try('new', fn() => new SocketIovec());
$try('newInstance', fn() => $rc->newInstance());
$try('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
$try('clone', fn() => clone $iov);
$try('serialize', fn() => serialize($iov));
$try('unserialize', fn() => var_dump(unserialize('O:11:"SocketIovec":0:{}')));
$try('dynamic property', function () use ($iov) { $iov->x = 1; });
$try('compare', fn() => var_dump($iov == socket_iovec_alloc(1, 3), $iov == $iov));
var_dump(get_class($iov), (array)$iov);
var_dump($iov);
?>
--EXPECTF--
bool(true)
bool(true)
array(0) {
}
array(0) {
}
new: Error: Cannot directly construct SocketIovec, use socket_iovec_alloc() instead
newInstance: Error: Cannot directly construct SocketIovec, use socket_iovec_alloc() instead
newInstanceWithoutConstructor: ReflectionException: Class SocketIovec is an internal class marked as final that cannot be instantiated without invoking its constructor
clone: Error: Trying to clone an uncloneable object of class SocketIovec
serialize: Exception: Serialization of 'SocketIovec' is not allowed
unserialize: Exception: Unserialization of 'SocketIovec' is not allowed
dynamic property: Error: Cannot create dynamic property SocketIovec::$x
compare: bool(false)
bool(true)
no exception
string(11) "SocketIovec"
array(0) {
}
object(SocketIovec)#%d (0) {
}
