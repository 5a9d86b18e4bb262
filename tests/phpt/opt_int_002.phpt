--TEST--
socket_set_option(): int options take any value the way PHP converts it to int
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
function check($s, $value) {
    socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, 0);
    $r = socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, $value);
    echo var_export($value, true), " => ", var_export($r, true), ", ", socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE), "\n";
}
check($s, true);
check($s, false);
check($s, "1");
check($s, "0");
check($s, "5abc");
check($s, "abc");
check($s, null);
check($s, []);
check($s, [0]);
check($s, 1.9);
check($s, 0.4);
check($s, new stdClass);
$one = 1;
$ref = &$one;
check($s, $ref);
// A negative buffer size is the kernel's business: it clamps it.
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, -1));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF) > 0);
?>
--EXPECTF--
true => true, 1
false => true, 0
'1' => true, 1
'0' => true, 0
'5abc' => true, 1
'abc' => true, 0
NULL => true, 0
array (
) => true, 0
array (
  0 => 0,
) => true, 1
1.9 => true, 1
0.4 => true, 0

Warning: Object of class stdClass could not be converted to int in %s on line %d
(object) array(
) => true, 1
1 => true, 1
bool(true)
bool(true)
