--TEST--
socket_set_option() reads array values without converting the caller's array, and stops at a conversion that throws (ours)
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$linger = ['l_onoff' => "1", 'l_linger' => "8"];
$copy = $linger;
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $copy));
// PHP 8.2 turned the strings in $copy (and $linger, which shares them)
// into ints.
var_dump($linger, $copy);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER)['l_linger']);
// An object that is no string: 8.2 went on with "" after the Error and
// warned about that too.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_clear_error();
foreach ([
    [IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => new stdClass, 'interface' => 'lo']],
    [IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.251', 'interface' => new stdClass]],
    [IPPROTO_IP, IP_MULTICAST_IF, new stdClass],
] as [$level, $opt, $value]) {
    try {
        var_dump(socket_set_option($u, $level, $opt, $value));
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
foreach ([['addr' => new stdClass, 'ifindex' => 1], ['addr' => '::1', 'ifindex' => new stdClass]] as $value) {
    try {
        var_dump(socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, $value));
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECT--
bool(true)
array(2) {
  ["l_onoff"]=>
  string(1) "1"
  ["l_linger"]=>
  string(1) "8"
}
array(2) {
  ["l_onoff"]=>
  string(1) "1"
  ["l_linger"]=>
  string(1) "8"
}
int(8)
Error: Object of class stdClass could not be converted to string
Error: Object of class stdClass could not be converted to string
Error: Object of class stdClass could not be converted to string
Error: Object of class stdClass could not be converted to string
Error: Object of class stdClass could not be converted to string
int(0)
