--TEST--
Socket objects have no dynamic properties
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
try {
    $s->foo = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(isset($s->foo));
var_dump(@$s->foo);
unset($s->foo);
var_dump(get_object_vars($s), (array) $s);
var_dump(property_exists($s, 'foo'));
?>
--EXPECT--
Error: Cannot create dynamic property Socket::$foo
bool(false)
NULL
array(0) {
}
array(0) {
}
bool(false)
