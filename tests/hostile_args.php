<?php
/*
 * Calls every function of the sockets module thousands of times with
 * generated hostile arguments and checks that each failure is a PHP
 * Error/exception, or false with a warning (or false quietly where 8.2 is
 * quiet by design: EAGAIN, EINPROGRESS, a length <= 0), and never a crash,
 * a fatal error or a return value outside the declared return type.
 *
 *   php -n -d extension=modules/sockets.so tests/hostile_args.php [options]
 *     --seed=N        the generator's seed (default 1): a run is repeatable
 *     --seconds=S     stop after S seconds (default 60)
 *     --calls=N       stop after N calls in all (default: no limit)
 *     --skip=N        generate but do not make the first N calls (to go on
 *                     past a call that killed an earlier run)
 *     --progress=F    write the number and text of each call to F before
 *                     making it, for tests/hostile_args.sh to report a crash
 *     --quiet         only the summary
 *
 * Run it through tests/hostile_args.sh, which puts it in a network
 * namespace of its own (nothing it does can reach another machine), under
 * the sanitizer build, valgrind or strace, and goes on past a crash of the
 * bundled module. Host names: the generator makes no string with a letter
 * in it other than "localhost", so that getaddrinfo() never asks DNS (a
 * string of digits, dots, colons and punctuation is refused without a
 * lookup); tests/hostile_args.sh --strace checks that no connect() or
 * sendto() reaches port 53.
 *
 * Exit status: 0 when no problem was seen, 1 otherwise.
 */

require __DIR__ . '/hostile/values.php';
require __DIR__ . '/hostile/pool.php';
require __DIR__ . '/hostile/checks.php';

$opt = getopt('', ['seed:', 'seconds:', 'calls:', 'skip:', 'progress:', 'quiet']);
$seed = (int)($opt['seed'] ?? 1);
$seconds = (float)($opt['seconds'] ?? 60);
$maxCalls = isset($opt['calls']) ? (int)$opt['calls'] : PHP_INT_MAX;
$skip = (int)($opt['skip'] ?? 0);
$quiet = isset($opt['quiet']);
$progress = isset($opt['progress']) ? fopen($opt['progress'], 'c') : null;

if (!extension_loaded('sockets')) {
	fwrite(STDERR, "hostile_args: the sockets module is not loaded\n");
	exit(2);
}
mt_srand($seed, MT_RAND_MT19937);
ini_set('memory_limit', '512M');
ini_set('display_errors', '0');
error_reporting(E_ALL);

/* Blocking calls are bounded twice: every socket of the pool is
 * non-blocking (again after each call that may change that), and an alarm
 * interrupts any call still in the kernel after a second; the handler is
 * installed without SA_RESTART, so the call fails with EINTR. */
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {
	$GLOBALS['alarms']++;
}, false);
$alarms = 0;

/* The descriptors open now, by number and target, to compare at the end. */
function open_fds(): array
{
	$fds = [];
	foreach (scandir('/proc/self/fd') as $fd) {
		if ($fd !== '.' && $fd !== '..') {
			$fds[$fd] = @readlink("/proc/self/fd/$fd");
		}
	}
	return $fds;
}
$fds_before = open_fds();
$funcs = get_extension_funcs('sockets');
sort($funcs);
$current = 'setup';
$reflect = [];
foreach ($funcs as $fn) {
	$reflect[$fn] = new ReflectionFunction($fn);
}

register_shutdown_function(function () use (&$current) {
	$e = error_get_last();
	if ($e && in_array($e['type'], [E_ERROR, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR], true)) {
		echo "PROBLEM fatal error in $current: {$e['message']}\n";
		echo "hostile_args: fatal error, run cut short\n";
		exit(1);
	}
});

$pool = new HostilePool();
$gen = new HostileValues($pool);
$stats = new HostileStats($funcs);
$problems = [];
$start = microtime(true);
$deadline = $start + $seconds;
$n = 0;
$round = 0;
while ($n < $maxCalls && microtime(true) < $deadline) {
	$round++;
	if ($round % 20 === 0) {
		/* A fresh pool now and then: closes and frees every socket of the
		 * old one (destructor paths) and keeps descriptors bounded. */
		$pool->rebuild();
	}
	foreach ($funcs as $fn) {
		if ($n >= $maxCalls) {
			break;
		}
		$args = $gen->argsFor($reflect[$fn]);
		$n++;
		if ($n <= $skip) {
			continue;
		}
		$current = "#$n $fn(" . describe_args($args) . ")";
		if ($progress) {
			rewind($progress);
			ftruncate($progress, fwrite($progress, $current, 4096));
		}
		$warnings = [];
		set_error_handler(function ($no, $str) use (&$warnings) {
			$warnings[] = $str;
			return true;
		});
		socket_clear_error();
		$thrown = null;
		$result = null;
		pcntl_alarm(1);
		try {
			$result = $fn(...$args);
		} catch (Throwable $t) {
			$thrown = $t;
		} finally {
			pcntl_alarm(0);
			restore_error_handler();
		}
		$problem = $stats->record($fn, $reflect[$fn], $args, $result, $thrown, $warnings);
		if ($problem !== null) {
			/* Each kind of problem (function and text, digits aside) is
			 * shown for its first call only, and counted. */
			$kind = $fn . ': ' . preg_replace('/\d+/', 'N', $problem);
			if (!isset($problems[$kind])) {
				echo "PROBLEM $current: $problem\n";
			}
			$problems[$kind] = ($problems[$kind] ?? 0) + 1;
		}
		$pool->adopt($result);
		$pool->settle($fn);
		unset($args, $result, $thrown);
	}
}
$elapsed = microtime(true) - $start;
$current = 'cleanup';
$pool->release();
$gen = null;
gc_collect_cycles();
$fds_after = open_fds();
/* scandir() itself holds one open while it reads. */
$leaked = array_diff_assoc($fds_after, $fds_before);
/* socket_get_option($s, SOL_SOCKET, 77) is SO_PEERPIDFD: the kernel makes a
 * pidfd that is the caller's, as in 8.2 (docs/hardening.md F3). */
$leaked = array_filter($leaked, fn ($target) => $target !== 'anon_inode:[pidfd]');
$fds_after = array_diff_key($fds_after, array_diff_key(array_diff_assoc($fds_after, $fds_before), $leaked));
if (count($fds_after) > count($fds_before)) {
	$problems['descriptors'] = count($fds_after) - count($fds_before);
	echo 'PROBLEM descriptors: ', count($fds_before), ' open before, ', count($fds_after),
		' after everything was freed: ', json_encode($leaked), "\n";
}

$stats->report($quiet);
foreach ($problems as $kind => $count) {
	echo "problem: $kind ($count calls)\n";
}
printf("hostile_args: seed %d, %d calls (%d skipped) in %.1f s over %d functions (min %d, max %d a function), %d exceptions, %d warnings, %d quiet false, %d alarms, %d problems\n",
	$seed, $n - min($n, $skip), min($n, $skip), $elapsed, count($funcs), $stats->minCalls(), $stats->maxCalls(),
	$stats->thrown, $stats->warned, $stats->quietFalse, $alarms, array_sum($problems));
exit($problems ? 1 : 0);
