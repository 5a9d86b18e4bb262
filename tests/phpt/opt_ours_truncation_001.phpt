--TEST--
socket_set_option(): no value is silently truncated to its C field (ours; PHP 8.2 truncates)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]);
$tries = [
    // PHP 8.2 turns l_linger -1 into 65535 and l_onoff 65536 into 0.
    [SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => -1]],
    [SOL_SOCKET, SO_LINGER, ['l_onoff' => 65536, 'l_linger' => 1]],
    [SOL_SOCKET, SO_LINGER, ['l_onoff' => -1, 'l_linger' => 1]],
    [SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 65536]],
    // An int option is a C int: 2**32 + 4096 was 4096 in 8.2.
    [SOL_SOCKET, SO_RCVBUF, 4294967296 + 4096],
    [SOL_SOCKET, SO_RCVBUF, -2147483649],
    [SOL_SOCKET, SO_RCVBUF, "99999999999"],
    [SOL_SOCKET, SO_RCVBUF, 1e10],
    [SOL_TCP, TCP_KEEPIDLE, PHP_INT_MAX],
    // Unknown pairs are ints too.
    [SOL_SOCKET, 9999, 2147483648],
    // SO_MARK is a u32: up to 0xffffffff, not beyond.
    [SOL_SOCKET, SO_MARK, 0x100000000],
];
foreach ($tries as [$level, $opt, $value]) {
    try {
        var_dump(socket_set_option($s, $level, $opt, $value));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// Nothing changed.
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// The edges are accepted.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65535, 'l_linger' => 65535]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 2147483647));
var_dump(socket_set_option($s, SOL_SOCKET, SO_MARK, 0xffffffff));
var_dump(socket_get_option($s, SOL_SOCKET, SO_MARK));
var_dump(socket_set_option($s, SOL_SOCKET, SO_MARK, -2147483648));
var_dump(socket_get_option($s, SOL_SOCKET, SO_MARK));
// The level and the option are C ints as well.
foreach ([[4294967296 + SOL_SOCKET, SO_TYPE], [SOL_SOCKET, 4294967296 + SO_TYPE], [PHP_INT_MIN, 1]] as [$level, $opt]) {
    try {
        var_dump(socket_get_option($s, $level, $opt));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(socket_set_option($s, $level, $opt, 1));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 2147483647
socket_set_option(): Argument #4 ($value) must be between -2147483648 and 4294967295
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(5)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(65535)
}
bool(true)
bool(true)
int(-1)
bool(true)
int(-2147483648)
socket_get_option(): Argument #2 ($level) must be between -2147483648 and 2147483647
socket_set_option(): Argument #2 ($level) must be between -2147483648 and 2147483647
socket_get_option(): Argument #3 ($option) must be between -2147483648 and 2147483647
socket_set_option(): Argument #3 ($option) must be between -2147483648 and 2147483647
socket_get_option(): Argument #2 ($level) must be between -2147483648 and 2147483647
socket_set_option(): Argument #2 ($level) must be between -2147483648 and 2147483647
