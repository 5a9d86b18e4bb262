--TEST--
SO_LINGER: an array of l_onoff and l_linger both ways, "must have key" errors, values converted to int
--SKIPIF--
<?php
$php_below = 80400; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// Extra keys are ignored; the order of the keys does not matter.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['x' => 1, 'l_linger' => 65535, 'l_onoff' => 1]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// Values convert as PHP converts to int.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "1", 'l_linger' => "7 seconds"]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => true, 'l_linger' => 2.9]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// An object stands for the array of its properties.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, (object)['l_onoff' => 1, 'l_linger' => 9]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// Turning lingering off leaves the time as it was.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 0, 'l_linger' => 9]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
foreach ([['l_linger' => 1], ['l_onoff' => 1], [1, 1], 1, "l_onoff", null] as $bad) {
    try {
        socket_set_option($s, SOL_SOCKET, SO_LINGER, $bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
// On a unix socket too.
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_set_option($u, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 3]));
var_dump(socket_get_option($u, SOL_SOCKET, SO_LINGER) === ['l_onoff' => 1, 'l_linger' => 3]);
var_dump(socket_last_error());
?>
--EXPECT--
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(true)
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
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(7)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(2)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(9)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(9)
}
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_linger"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
bool(true)
bool(true)
int(0)
