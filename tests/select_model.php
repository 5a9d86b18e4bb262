<?php
/*
 * The model test of socket_select()'s two backends: one random sequence of
 * operations on a pool of sockets (create, close, free, reopen on the same
 * number, export to a stream and close the stream, import a stream, fork
 * and select in the child, shutdown, peer close, data arriving and being
 * read, the send buffer filling and draining, out-of-band data, huge, zero
 * and short timeouts, signals), and after each one the same socket_select()
 * under sockets.select_backend=poll and =epoll, whose every result must be
 * equal: the return value, the keys left in each array, the warning, the
 * exception. The epoll set lives on across the whole sequence, so every
 * stale-registration case meets a set that has seen the descriptor before.
 *
 *   php -d extension=... tests/select_model.php [SEED] [STEPS] [SECONDS]
 *
 * Prints "ok: N steps, M selects compared" or the first difference.
 * Loopback and socketpairs only; bounded in steps and in time.
 */
$seed = (int)($argv[1] ?? 12);
$steps = (int)($argv[2] ?? 1500);
$seconds = (float)($argv[3] ?? 20);
mt_srand($seed);

$pool = [];   // id => Socket
$peer = [];   // id => id of the other end, when it is in the pool
$kind = [];   // id => 'unix' | 'tcp' | 'udp' | 'listen' | 'imported'
$streams = []; // streams kept alive (exported or imported sockets)
$dead = [];   // Sockets whose stream closed their descriptor behind them
$compared = 0;
$can_fork = function_exists('pcntl_fork') && function_exists('posix_kill');

$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 64);
socket_getsockname($listener, $laddr, $lport);
socket_set_nonblock($listener);
$pool[spl_object_id($listener)] = $listener;
$kind[spl_object_id($listener)] = 'listen';

function add_pair(Socket $a, Socket $b, string $k): void
{
    global $pool, $peer, $kind;
    socket_set_nonblock($a);
    socket_set_nonblock($b);
    $ia = spl_object_id($a);
    $ib = spl_object_id($b);
    $pool[$ia] = $a;
    $pool[$ib] = $b;
    $peer[$ia] = $ib;
    $peer[$ib] = $ia;
    $kind[$ia] = $kind[$ib] = $k;
}

function forget(int $id): void
{
    global $pool, $peer, $kind;
    if (isset($peer[$id])) {
        unset($peer[$peer[$id]]);
    }
    unset($pool[$id], $peer[$id], $kind[$id]);
}

function pick(): ?int
{
    global $pool;
    if (!$pool) {
        return null;
    }
    $ids = array_keys($pool);
    return $ids[mt_rand(0, count($ids) - 1)];
}

/* One socket_select() under the current backend, described as a string. */
function run_select(?array $r, ?array $w, ?array $e, $sec, int $usec, bool $alias): string
{
    error_clear_last();
    try {
        if ($alias) {
            $n = @socket_select($r, $r, $e, $sec, $usec);
            $w = null;
        } else {
            $n = @socket_select($r, $w, $e, $sec, $usec);
        }
    } catch (Throwable $t) {
        return get_class($t) . ': ' . $t->getMessage();
    }
    $err = error_get_last();
    $keys = fn($a) => $a === null ? 'null' : implode(',', array_map(
        fn($k, $s) => $k . '=' . spl_object_id($s), array_keys($a), $a));
    return var_export($n, true) . ' r[' . $keys($r) . '] w[' . $keys($w) . '] e[' . $keys($e) . ']'
        . ($err ? ' ' . $err['message'] : '');
}

/* A random choice of sets from the pool: keys of every kind, duplicates,
 * sometimes one variable for two sets, sometimes a dead socket. */
function random_sets(): array
{
    global $pool, $dead;
    $sets = [null, null, null];
    foreach ([0, 1, 2] as $i) {
        if (mt_rand(0, 3) === 0) {
            continue;
        }
        $set = [];
        foreach ($pool as $id => $s) {
            if (mt_rand(0, 2) !== 0) {
                $key = mt_rand(0, 4) === 0 ? "k$id" : (mt_rand(0, 1) ? $id : count($set) * 3);
                $set[$key] = $s;
                if (mt_rand(0, 30) === 0) {
                    $set[] = $s;
                }
            }
        }
        if ($dead && mt_rand(0, 40) === 0) {
            $set[] = $dead[array_rand($dead)];
        }
        $sets[$i] = $set;
    }
    return $sets;
}

function compare(string $what, ?array $sets = null, $sec = 0, int $usec = 0, ?bool $alias = null): void
{
    global $compared;
    [$r, $w, $e] = $sets ?? random_sets();
    $alias ??= mt_rand(0, 15) === 0;
    ini_set('sockets.select_backend', 'poll');
    $a = run_select($r, $w, $e, $sec, $usec, $alias);
    getenv('MODEL_TRACE') && fprintf(STDERR, "  poll: %s\n", $a);
    ini_set('sockets.select_backend', 'epoll');
    $b = run_select($r, $w, $e, $sec, $usec, $alias);
    $compared++;
    if ($a !== $b) {
        echo "DIFFERENCE after $what (select #$compared)\n  poll:  $a\n  epoll: $b\n";
        exit(1);
    }
}

/* Nothing ready in these sets (by a zero-time look)? */
function idle(array $sets): bool
{
    [$r, $w, $e] = $sets;
    if ($r === null && $w === null && $e === null) {
        return true;
    }
    ini_set('sockets.select_backend', 'poll');
    return @socket_select($r, $w, $e, 0) === 0;
}

$ops = [
    'unix' => 8, 'tcp' => 4, 'udp' => 2, 'close' => 5, 'free' => 3, 'reopen' => 3,
    'export_close' => 2, 'export_keep' => 1, 'import' => 1, 'write' => 12, 'read' => 8,
    'shutdown' => 2, 'peer_close' => 2, 'fill' => 2, 'drain' => 3, 'oob' => 2,
    'accept' => 2, 'huge_timeout' => 2, 'short_timeout' => 1, 'fork' => $can_fork ? 1 : 0,
    'signal' => $can_fork ? 1 : 0,
];
$table = [];
foreach ($ops as $op => $weight) {
    for ($i = 0; $i < $weight; $i++) {
        $table[] = $op;
    }
}

$start = microtime(true);
for ($step = 0; $step < $steps && microtime(true) - $start < $seconds; $step++) {
    $op = $table[mt_rand(0, count($table) - 1)];
    if (count($pool) > 70 && in_array($op, ['unix', 'tcp', 'udp', 'import'], true)) {
        $op = 'close';
    }
    $id = pick();
    getenv('MODEL_TRACE') && fprintf(STDERR, "%d %s\n", $step, $op);
    switch ($op) {
    case 'unix':
        socket_create_pair(AF_UNIX, mt_rand(0, 3) ? SOCK_STREAM : SOCK_DGRAM, 0, $p);
        add_pair($p[0], $p[1], 'unix');
        break;
    case 'tcp':
        $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_connect($c, $laddr, $lport);
        $s = false;
        for ($i = 0; $i < 100 && $s === false; $i++) {
            $s = @socket_accept($listener) ?: false;
            $s === false && usleep(100);
        }
        if ($s !== false) {
            add_pair($c, $s, 'tcp');
        }
        break;
    case 'udp':
        $a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
        $b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
        socket_bind($a, '127.0.0.1', 0);
        socket_bind($b, '127.0.0.1', 0);
        socket_getsockname($a, $x, $pa);
        socket_getsockname($b, $x, $pb);
        socket_connect($a, '127.0.0.1', $pb);
        socket_connect($b, '127.0.0.1', $pa);
        add_pair($a, $b, 'udp');
        break;
    case 'close':
        if ($id !== null && $pool[$id] !== $listener) {
            socket_close($pool[$id]);
            forget($id);
        }
        break;
    case 'free':
        if ($id !== null && $pool[$id] !== $listener) {
            forget($id);
        }
        break;
    case 'reopen':
        // The lowest free number goes to the next socket: the one just
        // closed, now a different socket under a number the set knew.
        if ($id !== null && $pool[$id] !== $listener) {
            socket_close($pool[$id]);
            forget($id);
            socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
            add_pair($p[0], $p[1], 'unix');
            if (mt_rand(0, 1)) {
                socket_write($p[1], 'r');
            }
        }
        break;
    case 'export_close':
        // The stream closes the descriptor; the Socket lives on, dead.
        if ($id !== null && $pool[$id] !== $listener && $kind[$id] !== 'imported') {
            $st = socket_export_stream($pool[$id]);
            if ($st) {
                fclose($st);
                $dead[] = $pool[$id];
                forget($id);
            }
        }
        break;
    case 'export_keep':
        if ($id !== null && $pool[$id] !== $listener) {
            $st = socket_export_stream($pool[$id]);
            $st && $streams[] = $st;
        }
        break;
    case 'import':
        $pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        $a = socket_import_stream($pair[0]);
        $b = socket_import_stream($pair[1]);
        $streams[] = $pair[0];
        $streams[] = $pair[1];
        add_pair($a, $b, 'imported');
        break;
    case 'write':
        if ($id !== null && isset($peer[$id])) {
            @socket_write($pool[$id], str_repeat('w', mt_rand(1, 300)));
        }
        break;
    case 'read':
        if ($id !== null && $pool[$id] !== $listener) {
            @socket_read($pool[$id], mt_rand(1, 8192));
        }
        break;
    case 'drain':
        if ($id !== null && $pool[$id] !== $listener) {
            for ($i = 0; $i < 64 && @socket_recv($pool[$id], $buf, 65536, 0) > 0; $i++);
        }
        break;
    case 'shutdown':
        if ($id !== null && $pool[$id] !== $listener) {
            @socket_shutdown($pool[$id], mt_rand(0, 2));
        }
        break;
    case 'peer_close':
        if ($id !== null && isset($peer[$id])) {
            $other = $peer[$id];
            socket_close($pool[$other]);
            forget($other);
        }
        break;
    case 'fill':
        if ($id !== null && isset($peer[$id]) && $kind[$id] !== 'udp') {
            for ($i = 0; $i < 4096 && @socket_write($pool[$id], str_repeat('f', 8192)) > 0; $i++);
        }
        break;
    case 'oob':
        if ($id !== null && $kind[$id] === 'tcp' && isset($peer[$id])) {
            @socket_send($pool[$id], '!', 1, MSG_OOB);
            usleep(200);
        }
        break;
    case 'accept':
        // A connection waiting on the listener makes it readable.
        if (count($streams) < 40) {
            $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
            socket_set_nonblock($c);
            @socket_connect($c, $laddr, $lport);
            $streams[] = $c;
            usleep(200);
        }
        break;
    case 'huge_timeout':
        $sets = random_sets();
        if (!idle($sets)) {
            compare('huge timeout', $sets, PHP_INT_MAX, mt_rand(0, 1) ? 0 : 999999, false);
        }
        break;
    case 'short_timeout':
        $sets = random_sets();
        compare('short timeout', $sets, 0, mt_rand(1, 3000));
        break;
    case 'signal':
        $sets = random_sets();
        if ($sets[0] === null && $sets[1] === null && $sets[2] === null) {
            break;
        }
        if (!idle($sets) || count(array_filter($sets, fn($s) => $s)) === 0) {
            break;
        }
        pcntl_signal(SIGUSR1, function () {});
        foreach (['poll', 'epoll'] as $backend) {
            $parent = getmypid();
            $pid = pcntl_fork();
            if ($pid === 0) {
                // Until the parent stops it: a signal sent before the
                // parent's select began would be missed.
                for ($i = 0; $i < 500; $i++) {
                    usleep(10000);
                    posix_kill($parent, SIGUSR1);
                }
                // Leave without PHP's shutdown: the Socket objects are the
                // parent's, and a child must not touch them.
                posix_kill(getmypid(), SIGKILL);
            }
            [$r, $w, $e] = $sets;
            ini_set('sockets.select_backend', $backend);
            error_clear_last();
            $res[$backend] = var_export(@socket_select($r, $w, $e, 5), true) . ' '
                . (error_get_last()['message'] ?? '');
            posix_kill($pid, SIGKILL);
            pcntl_waitpid($pid, $status);
            pcntl_signal_dispatch();
        }
        $compared++;
        if ($res['poll'] !== $res['epoll']) {
            echo "DIFFERENCE on a signal\n  poll:  {$res['poll']}\n  epoll: {$res['epoll']}\n";
            exit(1);
        }
        break;
    case 'fork':
        // The child shares the parent's epoll instance: it selects, closes
        // some sockets and frees the rest, and none of that may change what
        // the parent's set reports afterwards.
        $sets = random_sets();
        $pipe = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        $pid = pcntl_fork();
        if ($pid === 0) {
            fclose($pipe[0]);
            [$r, $w, $e] = $sets;
            if (mt_rand(0, 1)) {
                // Closing before any select in the child: the close path
                // itself must notice the fork and leave the set alone.
                foreach ($pool as $cid => $s) {
                    if (mt_rand(0, 3) === 0 && !in_array($s, array_merge($r ?? [], $w ?? [], $e ?? []), true)) {
                        socket_close($s);
                        unset($pool[$cid]);
                    }
                }
            }
            ini_set('sockets.select_backend', 'poll');
            $a = run_select($r, $w, $e, 0, 0, false);
            ini_set('sockets.select_backend', 'epoll');
            $b = run_select($r, $w, $e, 0, 0, false);
            foreach ($pool as $cid => $s) {
                if (mt_rand(0, 1)) {
                    socket_close($s);
                }
            }
            ini_set('sockets.select_backend', 'epoll');
            $c = run_select($r, $w, $e, 0, 0, false);
            fwrite($pipe[1], ($a === $b ? 'same' : "poll: $a\n  epoll: $b") . "\n");
            fclose($pipe[1]);
            posix_kill(getmypid(), SIGKILL);
        }
        fclose($pipe[1]);
        $answer = trim(stream_get_contents($pipe[0]));
        fclose($pipe[0]);
        pcntl_waitpid($pid, $status);
        $compared++;
        if ($answer !== 'same') {
            echo "DIFFERENCE in a forked child\n  $answer\n";
            exit(1);
        }
        compare('fork (parent)', $sets);
        break;
    }
    compare($op);
}
printf("ok: %d steps, %d selects compared\n", $step, $compared);
