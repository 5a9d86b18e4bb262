--TEST--
TCP_INFO (ours) reads as an array named after the fields of struct tcp_info
--SKIPIF--
<?php require __DIR__ . '/skipif_ours.inc'; ?>
--FILE--
<?php
$fresh = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$info = socket_get_option($fresh, SOL_TCP, TCP_INFO);
var_dump(array_slice(array_keys($info), 0, 12));
var_dump($info['state']); // TCP_CLOSE
var_dump(count($info) >= 32);
var_dump(count(array_filter($info, fn($v) => is_int($v) || is_float($v))) === count($info));

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $addr, $port);
var_dump(socket_get_option($l, SOL_TCP, TCP_INFO)['state']); // TCP_LISTEN
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
socket_write($c, str_repeat('x', 1000));
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(strlen(socket_read($a, 1000)));
$info = socket_get_option($c, SOL_TCP, TCP_INFO);
var_dump($info['state']); // TCP_ESTABLISHED
var_dump($info['snd_mss'] > 0, $info['rtt'] >= 0, $info['snd_cwnd'] > 0);
var_dump($info['segs_out'] >= 2);
// A UDP socket has no TCP state.
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($u, SOL_TCP, TCP_INFO));
?>
--EXPECTF--
array(12) {
  [0]=>
  string(5) "state"
  [1]=>
  string(8) "ca_state"
  [2]=>
  string(11) "retransmits"
  [3]=>
  string(6) "probes"
  [4]=>
  string(7) "backoff"
  [5]=>
  string(7) "options"
  [6]=>
  string(10) "snd_wscale"
  [7]=>
  string(10) "rcv_wscale"
  [8]=>
  string(25) "delivery_rate_app_limited"
  [9]=>
  string(20) "fastopen_client_fail"
  [10]=>
  string(3) "rto"
  [11]=>
  string(3) "ato"
}
int(7)
bool(true)
bool(true)
int(10)
int(1000)
int(1)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
