<?php
/*
 * The load test at 10,000 concurrent connections: a benchmark, not in CI.
 * One server process (this one, with the sockets module under test) and 10
 * client processes of 1,000 connections each; payloads of random sizes up
 * to 1 MB, each checked by CRC-32.
 *
 *   php -n -d extension=posix -d extension=$PWD/modules/sockets.so tests/load/bench_10000.php [CONNECTIONS [PROCS [MAX_BYTES]]]
 *
 * PHP 8.2's bundled module cannot serve this with socket_select(): its
 * select() takes no descriptor above FD_SETSIZE (1024). Prints the counts
 * and the time; exits 0 when every connection was served right.
 */
require __DIR__ . '/load_server.inc';

$total = (int)($argv[1] ?? 10000);
$procs = (int)($argv[2] ?? 10);
$max = (int)($argv[3] ?? 1 << 20);
$per = intdiv($total, $procs);
$total = $per * $procs;

// One descriptor a connection, and the listener: raise the soft limit.
if (function_exists('posix_setrlimit')) {
	$lim = posix_getrlimit();
	posix_setrlimit(POSIX_RLIMIT_NOFILE, min($total + 64, (int)$lim['hard openfiles']), (int)$lim['hard openfiles']);
}
$t = microtime(true);
$clients = load_start_clients($procs, $per, $max, 300);
[$l, $port] = load_listen();
load_tell_port($clients, $port);
$server = load_serve($l, $total, 300);
$sum = load_collect($clients);
$took = microtime(true) - $t;

$ok = $server['accepted'] === $total && $server['max_open'] === $total && $server['answered'] === $total
	&& $server['mismatched'] === 0 && $server['lost'] === 0 && $sum['ok'] === $total
	&& $sum['sent'] === $server['bytes'];
printf("%s: %d connections (%d processes), %d most open at once, %d answered, %d mismatched, %d lost, %.1f MB in %.1f s (%.0f MB/s), %d select calls, %.2f s in the server\n",
	$ok ? 'ok' : 'FAILED', $total, $procs, $server['max_open'], $server['answered'], $server['mismatched'],
	$server['lost'] + $sum['lost'], $server['bytes'] / 1e6, $took, $server['bytes'] / 1e6 / $took,
	$server['selects'], $server['seconds']);
if ($server['errors'] || !empty($sum['errors'])) {
	echo json_encode(['server' => $server['errors'], 'clients' => $sum['errors'] ?? []]), "\n";
}
exit($ok ? 0 : 1);
