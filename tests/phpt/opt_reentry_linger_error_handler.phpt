--TEST--
socket_set_option(SO_LINGER): an error handler called by the conversion unsets the other key
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
// Ours only: PHP 8.2's bundled module gives the same output, but 8.4's
// segfaults on it (it reads l_linger after the handler freed it).
// SO_LINGER given as an object: the warning for l_onoff calls an error
// handler that unsets l_linger, a declared property holding a reference.
class V { public $l_onoff; public $l_linger; }
set_error_handler(function ($no, $str) { global $o, $x; echo "handler: $str\n"; unset($o->l_linger); unset($x); return true; });
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$x = 7;
$o = new V;
$o->l_onoff = new stdClass;
$o->l_linger = &$x;
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
?>
--EXPECT--
handler: Object of class stdClass could not be converted to int
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(7)
}
