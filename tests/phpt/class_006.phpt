--TEST--
Socket objects: identity, comparison, dumping, casts
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$a2 = $a;
var_dump($a === $a2, $a == $a2, $a === $b, $a == $b, $a != $b);
var_dump($a);
print_r($a); echo "\n";
var_export($a); echo "\n";
var_dump(json_encode($a));
var_dump((bool) $a, gettype($a), get_class($a), is_resource($a), is_object($a));
try {
    echo $a;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($a instanceof Socket, $a instanceof AddressInfo);
$w = new WeakMap;
$w[$a] = "meta";
var_dump(count($w), $w[$a]);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
object(Socket)#1 (0) {
}
Socket Object
(
)

\Socket::__set_state(array(
))
string(2) "{}"
bool(true)
string(6) "object"
string(6) "Socket"
bool(false)
bool(true)
Error: Object of class Socket could not be converted to string
bool(true)
bool(false)
int(1)
string(4) "meta"
