--TEST--
socket_sendto() AF_UNIX: abstract names work; paths over 107 bytes are rejected like socket_bind() rejects them
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$name = "\0php_sockets_addr_ours_002_" . getmypid();
$r = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($r, $name));
socket_set_option($r, SOL_SOCKET, SO_RCVTIMEO, ["sec" => 2, "usec" => 0]);
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($s, "to abstract", 11, 0, $name));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from), $buf);
// a named sender is reported with its abstract name
$s2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($s2, $name . "_s");
var_dump(socket_sendto($s2, "named", 5, 0, $name));
var_dump(socket_recvfrom($r, $buf, 100, 0, $from), $buf, $from === $name . "_s");
// an abstract name nobody has bound
var_dump(socket_sendto($s, "x", 1, 0, $name . "_nobody"));
var_dump(socket_last_error($s) === SOCKET_ECONNREFUSED);

$dir = sys_get_temp_dir();
foreach ([108, 200] as $len) {
    $path = $dir . "/" . str_repeat("p", $len - strlen($dir) - 1);
    try {
        var_dump(socket_sendto($s, "x", 1, 0, $path));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    var_dump(socket_sendto($s, "x", 1, 0, "\0" . str_repeat("a", 107)));
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
int(11)
int(11)
string(11) "to abstract"
int(5)
int(5)
string(5) "named"
bool(true)

Warning: socket_sendto(): Unable to write to socket [111]: Connection refused in %s on line %d
bool(false)
bool(true)
ValueError: socket_sendto(): Argument #5 ($address) must be less than 108
ValueError: socket_sendto(): Argument #5 ($address) must be less than 108
ValueError: socket_sendto(): Argument #5 ($address) must be less than 108
