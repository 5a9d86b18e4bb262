--TEST--
AF_UNIX sun_path limit: 107 bytes work, 108 and more throw ValueError (bind and connect)
--FILE--
<?php
$dir = sys_get_temp_dir();
$p107 = $dir . "/" . str_repeat("x", 107 - strlen($dir) - 1);
var_dump(strlen($p107));
@unlink($p107);
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $p107));
socket_getsockname($l, $name);
var_dump($name === $p107);
socket_listen($l);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $p107));
socket_getpeername($c, $peer);
var_dump($peer === $p107);
unlink($p107);

foreach ([108, 109, 200, 4096] as $len) {
    $path = $dir . "/" . str_repeat("y", $len - strlen($dir) - 1);
    foreach (['socket_bind', 'socket_connect'] as $fn) {
        try {
            var_dump($fn(socket_create(AF_UNIX, SOCK_STREAM, 0), $path));
        } catch (ValueError $e) {
            echo "$len ", get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
}
// the limit counts the leading NUL of an abstract name
foreach ([107, 108] as $len) {
    $name = "\0" . str_repeat("z", $len - 1);
    try {
        var_dump(socket_bind(socket_create(AF_UNIX, SOCK_DGRAM, 0), $name));
    } catch (ValueError $e) {
        echo "abstract $len ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
int(107)
bool(true)
bool(true)
bool(true)
bool(true)
108 ValueError: socket_bind(): Argument #2 ($address) must be less than 108
108 ValueError: socket_connect(): Argument #2 ($address) must be less than 108
109 ValueError: socket_bind(): Argument #2 ($address) must be less than 108
109 ValueError: socket_connect(): Argument #2 ($address) must be less than 108
200 ValueError: socket_bind(): Argument #2 ($address) must be less than 108
200 ValueError: socket_connect(): Argument #2 ($address) must be less than 108
4096 ValueError: socket_bind(): Argument #2 ($address) must be less than 108
4096 ValueError: socket_connect(): Argument #2 ($address) must be less than 108
bool(true)
abstract 108 ValueError: socket_bind(): Argument #2 ($address) must be less than 108
