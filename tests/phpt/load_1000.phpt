--TEST--
Load: a socket_select() server in one process against 1,000 concurrent loopback connections from 4 client processes, payloads up to 1 MB with checksums
--FILE--
<?php
require __DIR__ . '/../load/load_server.inc';
// Under valgrind or a sanitizer (USE_ZEND_ALLOC=0) the same test on a
// smaller scale, to stay within the time of a test.
$slow = getenv('USE_ZEND_ALLOC') === '0';
$procs = 4;
$per = $slow ? 25 : 250;
$max = $slow ? 65536 : 1 << 20;
$expected = $procs * $per;

$clients = load_start_clients($procs, $per, $max, 50);
[$l, $port] = load_listen();
load_tell_port($clients, $port);
$server = load_serve($l, $expected, 50);
$sum = load_collect($clients);

// Every connection opened, all open at once, each answered with the right
// checksum, and every byte sent was received once.
var_dump($server['accepted'] === $expected, $server['max_open'] === $expected);
var_dump($server['answered'] === $expected, $server['mismatched'], $server['lost'], $server['errors']);
var_dump($sum['procs'] === $procs, $sum['opened'] === $expected, $sum['ok'] === $expected, $sum['wrong'], $sum['lost']);
var_dump($sum['sent'] === $server['bytes'], $sum['confirmed'] === $sum['sent']);
var_dump($server['seconds'] < 50);
file_put_contents(sys_get_temp_dir() . '/psock-load-1000.json', json_encode(['server' => $server, 'clients' => $sum]));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
int(0)
array(0) {
}
bool(true)
bool(true)
bool(true)
int(0)
int(0)
bool(true)
bool(true)
bool(true)
