--TEST--
SO_RCVTIMEO/SO_SNDTIMEO: an array of sec and usec both ways; the kernel judges the values (PHP 8.4 and later)
--SKIPIF--
<?php
$php_from = 80400; include __DIR__ . '/skipif_version.inc';
?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 500000]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['usec' => 0, 'sec' => "3"]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDTIMEO) === ['sec' => 3, 'usec' => 0]);
// The timeout applies: a read with nothing to read ends after it.
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]));
$t = microtime(true);
var_dump(@socket_recv($s, $buf, 10, 0), socket_last_error($s) === SOCKET_EAGAIN);
$elapsed = microtime(true) - $t;
var_dump($elapsed > 0.05 && $elapsed < 5);
// Microseconds outside 0..999999 are the kernel's EDOM.
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1, 'usec' => 1000000]));
var_dump(socket_last_error($s));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 1, 'usec' => -1]));
// 0 and 0 means no timeout.
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, (object)['sec' => 2, 'usec' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO)['sec']);
foreach ([['usec' => 1], ['sec' => 1], 5, []] as $bad) {
    try {
        socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, $bad);
    } catch (ValueError|TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
bool(false)
int(33)

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
bool(false)
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
int(2)
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "usec"
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, int given
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
