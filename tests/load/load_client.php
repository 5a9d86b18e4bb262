<?php
/*
 * One client process of the load test: opens COUNT connections to the
 * server at once, waits until the server says "GO" on each (so that every
 * connection of every client is open at the same time), then sends on each
 * a header "length crc32b\n" and a payload of a random size up to MAX bytes,
 * all connections interleaved, and checks the "length crc32b\n" the server
 * answers. Uses PHP's stream functions only, so it needs no sockets module.
 *
 *   echo PORT | php -n load_client.php COUNT SEED MAX_BYTES SECONDS
 *
 * Prints one JSON line: connections opened, answers right, wrong, lost,
 * bytes sent, bytes the server confirmed. Every wait is bounded by SECONDS.
 */
[, $count, $seed, $max, $seconds] = $argv + [null, 0, 1, 1 << 20, 50];
/* The port comes on standard input: the server starts its clients before
 * it has a listener (see load_start_clients()). */
$port = (int)fgets(STDIN);
$count = (int)$count;
$deadline = microtime(true) + (float)$seconds;
mt_srand((int)$seed);

/* A payload: random 4 KiB blocks in a random order, with a random tail,
 * produced piece by piece as it is sent (a thousand payloads of up to 1 MB
 * are not held in memory), while any lost, doubled or reordered byte
 * changes the checksum. */
$blocks = [];
for ($i = 0; $i < 16; $i++) {
	$blocks[] = random_bytes(4096);
}
function plan(int $size, array $blocks): array
{
	$pieces = [];
	for ($left = $size; $left >= 4096; $left -= 4096) {
		$pieces[] = mt_rand(0, 15);
	}
	$ctx = hash_init('crc32b');
	foreach ($pieces as $b) {
		hash_update($ctx, $blocks[$b]);
	}
	$tail = $left > 0 ? random_bytes($left) : '';
	hash_update($ctx, $tail);
	return ['pieces' => $pieces, 'tail' => $tail, 'crc' => hash_final($ctx)];
}

/* The next bytes to send (at most 64 KiB), from piece index $i on. */
function next_bytes(array &$c, array $blocks): string
{
	$out = [];
	$n = 0;
	while ($n < 65536 && $c['next'] < count($c['pieces'])) {
		$out[] = $blocks[$c['pieces'][$c['next']++]];
		$n += 4096;
	}
	if ($n < 65536 && $c['next'] === count($c['pieces']) && !$c['tail_sent']) {
		$out[] = $c['tail'];
		$c['tail_sent'] = true;
	}
	return implode('', $out);
}

$stats = ['opened' => 0, 'ok' => 0, 'wrong' => 0, 'lost' => 0, 'sent' => 0, 'confirmed' => 0];
$conns = [];
for ($i = 0; $i < $count; $i++) {
	$s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10,
		STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
	if ($s === false) {
		$stats['lost']++;
		continue;
	}
	stream_set_blocking($s, false);
	$size = mt_rand(1, (int)$max);
	$conns[(int)$s] = ['s' => $s, 'size' => $size, 'pending' => '', 'next' => 0, 'tail_sent' => false, 'in' => '', 'go' => false, 'crc' => ''];
	$stats['opened']++;
}

while ($conns && microtime(true) < $deadline) {
	$r = $w = [];
	foreach ($conns as $id => $c) {
		$r[] = $c['s'];
		if ($c['go'] && ($c['pending'] !== '' || !$c['tail_sent'])) {
			$w[] = $c['s'];
		}
	}
	$e = null;
	if (@stream_select($r, $w, $e, 1) === false) {
		break;
	}
	foreach ($w as $s) {
		$c = &$conns[(int)$s];
		if ($c['pending'] === '') {
			$c['pending'] = next_bytes($c, $blocks);
		}
		$n = @fwrite($s, $c['pending']);
		if ($n > 0) {
			$c['pending'] = (string)substr($c['pending'], $n);
		}
		unset($c);
	}
	foreach ($r as $s) {
		$id = (int)$s;
		$c = &$conns[$id];
		$chunk = @fread($s, 8192);
		if ($chunk === '' || $chunk === false) {
			if (feof($s)) {
				/* Closed before the answer: a lost connection. */
				$stats['lost']++;
				fclose($s);
				unset($c, $conns[$id]);
			}
			unset($c);
			continue;
		}
		$c['in'] .= $chunk;
		while (($nl = strpos($c['in'], "\n")) !== false) {
			$line = substr($c['in'], 0, $nl);
			$c['in'] = substr($c['in'], $nl + 1);
			if (!$c['go'] && $line === 'GO') {
				$c['go'] = true;
				$c = array_merge($c, plan($c['size'], $blocks));
				$c['pending'] = "{$c['size']} {$c['crc']}\n";
				continue;
			}
			if ($line === "{$c['size']} {$c['crc']}") {
				$stats['ok']++;
				$stats['sent'] += $c['size'];
				$stats['confirmed'] += $c['size'];
			} else {
				$stats['wrong']++;
			}
			fclose($s);
			unset($c, $conns[$id]);
			continue 2;
		}
		unset($c);
	}
}
$stats['lost'] += count($conns);
echo json_encode($stats), "\n";
