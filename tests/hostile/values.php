<?php
/*
 * The generator of tests/hostile_args.php: for each parameter either a
 * plausible value (the right type, often a valid one, so that calls get past
 * argument parsing into the code that uses the value) or a hostile one of
 * any type. Everything comes from mt_rand(), seeded by the caller, so a run
 * is repeatable.
 *
 * No string made here could make the resolver ask DNS: a string that
 * reaches getaddrinfo()/gethostbyname() as a host (every string argument
 * may) goes to DNS when it looks like a host name, that is when it is made
 * only of letters, digits, '.', '-' and '_' and is not a number. glibc
 * refuses anything else without a query (checked with strace in a network
 * namespace: see tests/hostile_args.sh --strace). dns_safe() is that rule;
 * every generated string passes it, "localhost" (from /etc/hosts) aside.
 * For the same reason no float is NAN or INF, which convert to "NAN" and
 * "INF".
 */

/* Whether getaddrinfo() with AF_UNSPEC (socket_addrinfo_lookup() without
 * a family hint) answers $s without DNS. Stricter than dns_safe(): with no
 * family, glibc also sends digits and dots that are no address
 * ("4294967296", "256.1.1.1"); a name starting with '-' it still refuses. */
function unspec_host_safe(string $s): bool
{
	$c = strstr($s, "\0", true);
	if ($c === false) {
		$c = $s;
	}
	if ($c === '' || $c === 'localhost' || $c[0] === '-' || filter_var($c, FILTER_VALIDATE_IP) !== false) {
		return true;
	}
	$hostname_chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-';
	return strspn($c, $hostname_chars) !== strlen($c);
}

/* Whether glibc's resolver would refuse $s as a host name without asking
 * DNS, when a family is given (every call but socket_addrinfo_lookup()
 * gives one). The C string ends at the first NUL. */
function dns_safe(string $s): bool
{
	$c = strstr($s, "\0", true);
	if ($c === false) {
		$c = $s;
	}
	if ($c === '' || $c === 'localhost') {
		return true;
	}
	$hostname_chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-';
	if (strspn($c, $hostname_chars) !== strlen($c)) {
		return true;
	}
	/* Digits and dots ending in a digit are numbers, never names. */
	return (bool)preg_match('/^-?[0-9.]*[0-9]$/', $c);
}

/* An object whose string conversion has a side effect: it closes a socket
 * of the pool, or throws, while the module is converting its arguments. */
final class HostileStringable
{
	public function __construct(private HostilePool $pool, private int $what) {}

	public function __toString(): string
	{
		if ($this->what === 0) {
			throw new RuntimeException('thrown from __toString');
		}
		if ($this->what === 1) {
			$this->pool->closeOne();
			return '1';
		}
		return str_repeat("\xff", $this->what);
	}
}

final class HostileValues
{
	/* How often a parameter gets a value of its own kind (the rest: anything). */
	public int $plausiblePercent = 70;
	private array $consts;
	private array $byPrefix = [];
	private array $ints;
	private array $strings;
	private array $floats;

	public function __construct(private HostilePool $pool)
	{
		$this->consts = get_defined_constants(true)['sockets'] ?? [];
		foreach ($this->consts as $name => $value) {
			$prefix = strtok($name, '_');
			$this->byPrefix[$prefix][] = $value;
		}
		$this->ints = [0, 1, -1, 2, 3, 7, 8, 16, 64, 100, 255, 256, 1024, 4096, 65535, 65536, 65537,
			100000, 1 << 20, (1 << 20) + 1, 1 << 24, 0x7fffffff, 0x80000000, -0x80000000, -0x80000001,
			0xffffffff, 0x100000000, PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MAX - 1, PHP_INT_MIN + 1,
			intdiv(PHP_INT_MAX, 2), -1000, -65536, 1 << 62];
		$long = str_repeat('/', 200);
		$this->strings = ['', '0', '1', '-1', ' ', "\0", "\0\0\0", '127.0.0.1', '::1', '0.0.0.0', '::',
			'localhost', '127.0.0.1:80', '[::1]', '[::1]:80', '1.2.3.4.5', '256.1.1.1', '1.2.3',
			'4294967296', '0.0.0.0.0.0', '::ffff:127.0.0.1', '::ffff:1.2.3.4', 'fe80::1%1',
			'fe80::1%4294967296', '::1%', '%', '127.0.0.1%1', ':::', '1::2::3', '12345678901234567890',
			"127.0.0.1\0", "127.0.0.1\0127.0.0.2", "::1\0", "\0" . str_repeat('1', 106),
			"\0" . str_repeat('1', 107), "\0" . str_repeat('1', 300), $long, '/' . str_repeat('9', 199),
			sys_get_temp_dir() . '/', sys_get_temp_dir() . "/\0/", '/', '//', '/.', '/..',
			str_repeat('1', 107), str_repeat('1', 108), str_repeat('1.', 127) . '1', str_repeat(':', 64),
			"\xff\xfe\xfd", "\x80", "\n", "\r\n", "1\n2\r3", str_repeat("\n", 4096),
			str_repeat("\0", 65536), str_repeat('7', 1 << 20)];
		/* As strings these are "1.0E+300" and the like; 1e-300 would be
		 * "1.0E-300", a host name to the resolver. */
		$this->floats = [0.0, -0.0, 0.001, 1.5, -1.5, 1e300, -1e300, (float)PHP_INT_MAX, 9.3e18, -9.3e18, 0.5];
		foreach (array_merge($this->strings, array_map('strval', $this->floats)) as $s) {
			if (!dns_safe($s)) {
				throw new LogicException("not DNS-safe: $s");
			}
		}
	}

	public function int(): int
	{
		$r = mt_rand(0, 9);
		if ($r < 5) {
			return $this->ints[mt_rand(0, count($this->ints) - 1)];
		}
		if ($r < 8 && $this->consts) {
			return array_values($this->consts)[mt_rand(0, count($this->consts) - 1)];
		}
		return mt_rand(-300, 300);
	}

	/* A string without letters: from the list, or made of digits and
	 * punctuation, or raw bytes without any in A-Z/a-z. */
	public function string(): string
	{
		$r = mt_rand(0, 9);
		if ($r < 6) {
			return $this->contained($this->strings[mt_rand(0, count($this->strings) - 1)]);
		}
		if ($r === 6) {
			return (string)$this->int();
		}
		$alphabet = $r < 8 ? '0123456789.:/%[] ' : null;
		$len = [0, 1, 2, 15, 16, 46, 107, 108, 109, 200, 1000, 70000][mt_rand(0, 11)];
		/* Built as a list and joined once: appending a byte at a time
		 * reallocates each time, which under ASan copies every time. */
		$bytes = [];
		for ($i = 0; $i < $len; $i++) {
			if ($alphabet !== null) {
				$bytes[] = $alphabet[mt_rand(0, strlen($alphabet) - 1)];
			} else {
				$c = mt_rand(0, 255 - 52);
				$c += $c >= 0x41 ? 26 : 0; /* skips A-Z */
				$c += $c >= 0x61 ? 26 : 0; /* skips a-z */
				$bytes[] = chr($c);
			}
		}
		$s = implode('', $bytes);
		/* A '/' makes any string something the resolver refuses. */
		return $this->contained(dns_safe($s) ? $s : '/' . $s);
	}

	/* A string socket_bind() may take as a unix path: an absolute one is
	 * moved into the pool's scratch directory (relative ones land there
	 * too: it is the working directory), so that no call creates a socket
	 * file anywhere else. Paths made only of '/' and '.' name existing
	 * directories and create nothing; they stay as they are. */
	private function contained(string $s): string
	{
		if ($s !== '' && $s[0] === '/' && strspn($s, '/.') !== strlen($s)) {
			return $this->pool->scratch() . $s;
		}
		return $s;
	}

	private function nested(int $depth): array
	{
		$a = [];
		for ($i = 0; $i < $depth; $i++) {
			$a = [$a];
		}
		return $a;
	}

	public function array(int $depth = 0): array
	{
		switch (mt_rand(0, 17)) {
			case 0: return [];
			case 1: return [$this->int(), $this->int()];
			case 2: return ['sec' => $this->int(), 'usec' => $this->int()];
			case 3: return ['l_onoff' => $this->int(), 'l_linger' => $this->int()];
			case 4: return ['group' => $this->string(), 'interface' => $this->any($depth + 1)];
			case 5: return ['group' => '::1', 'interface' => 0, 'source' => $this->string()];
			case 6: return $this->nested([1, 10, 100, 1000, 3000][mt_rand(0, 4)]);
			case 7:
				$a = [1, 2];
				$a[] = &$a; /* refers to itself */
				return $a;
			case 8:
				$x = $this->any($depth + 1);
				return ['sec' => &$x, 'usec' => &$x, 0 => &$x];
			case 9: return $this->message($depth);
			case 10: return [$this->pool->any(), $this->pool->any(), $this->pool->closed(), $this->int()];
			case 11: return array_fill(0, mt_rand(0, 2000), $this->pool->any());
			case 12: return ['ai_family' => $this->int(), 'ai_socktype' => $this->int(), 'ai_protocol' => $this->int(), 'ai_flags' => $this->int()];
			case 13: return [$this->int() => $this->any($depth + 1), $this->string() => $this->any($depth + 1)];
			case 14: return ['sec' => $this->string(), 'usec' => 1.5, 'extra' => []];
			case 15: return ['level' => $this->int(), 'type' => $this->int(), 'data' => $this->any($depth + 1)];
			case 16: return array_fill(0, mt_rand(1, 70000), 0);
			default:
				$a = [];
				for ($i = mt_rand(0, 5); $i > 0; $i--) {
					$a[] = $this->any($depth + 1);
				}
				return $a;
		}
	}

	/* A socket_sendmsg()/socket_recvmsg() message, right or wrong. */
	public function message(int $depth = 0): array
	{
		$m = [];
		if (mt_rand(0, 3)) {
			$m['name'] = mt_rand(0, 2) ? ['addr' => $this->address(), 'port' => $this->port(), 'flowinfo' => $this->int(), 'scope_id' => $this->int()] : $this->any($depth + 1);
		}
		if (mt_rand(0, 3)) {
			$iov = [];
			for ($i = mt_rand(0, 4); $i > 0; $i--) {
				$iov[] = mt_rand(0, 4) ? $this->string() : $this->any($depth + 1);
			}
			$m['iov'] = mt_rand(0, 5) ? $iov : $this->any($depth + 1);
		}
		if (mt_rand(0, 1)) {
			$control = [];
			for ($i = mt_rand(0, 3); $i > 0; $i--) {
				$level = [SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, $this->int()][mt_rand(0, 3)];
				$type = [SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS, $this->int()][mt_rand(0, 5)];
				$data = [
					[$this->pool->any(), $this->pool->any()], [$this->pool->closed()], ['pid' => $this->int(), 'uid' => $this->int(), 'gid' => $this->int()],
					['addr' => $this->address(), 'ifindex' => $this->int()], $this->int(), $this->string(), $this->any($depth + 1),
					array_fill(0, mt_rand(0, 300), $this->pool->stream()), null,
				][mt_rand(0, 8)];
				$control[] = mt_rand(0, 6) ? ['level' => $level, 'type' => $type, 'data' => $data] : $this->any($depth + 1);
			}
			$m['control'] = $control;
		}
		foreach (['buffer_size', 'controllen', 'flags'] as $key) {
			if (mt_rand(0, 2) === 0) {
				$m[$key] = mt_rand(0, 3) ? $this->int() : $this->any($depth + 1);
			}
		}
		return $m;
	}

	public function address(): string
	{
		return mt_rand(0, 2) ? ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost', $this->pool->unixPath(), "\0hostile" . mt_rand(0, 9)][mt_rand(0, 6)] : $this->string();
	}

	public function port(): int
	{
		return mt_rand(0, 2) ? [0, 1, 80, 65535, $this->pool->port()][mt_rand(0, 4)] : $this->int();
	}

	public function object(): object
	{
		switch (mt_rand(0, 6)) {
			case 0: return new stdClass();
			case 1: return new ArrayObject([1, 2, 3]);
			case 2: return function () { return 1; };
			case 3: return new HostileStringable($this->pool, mt_rand(0, 3));
			case 4: return $this->pool->iovec() ?? new stdClass();
			case 5: return $this->pool->addrinfo() ?? new stdClass();
			default: return $this->pool->closed();
		}
	}

	/* Anything at all. */
	public function any(int $depth = 0): mixed
	{
		if ($depth > 3) {
			return $this->int();
		}
		switch (mt_rand(0, 12)) {
			case 0: case 1: return $this->int();
			case 2: return $this->floats[mt_rand(0, count($this->floats) - 1)];
			case 3: case 4: return $this->string();
			case 5: return [true, false, null][mt_rand(0, 2)];
			case 6: case 7: return $this->array($depth);
			case 8: return $this->object();
			case 9: return $this->pool->stream();
			case 10: return $this->pool->any();
			case 11: return $this->pool->closed();
			default: return (string)$this->int();
		}
	}

	/* A value of the right type for the parameter, often a meaningful one. */
	public function plausible(ReflectionParameter $p): mixed
	{
		$name = $p->getName();
		$type = (string)$p->getType();
		$c = fn (string $prefix) => ($list = $this->byPrefix[$prefix] ?? [0]) ? $list[mt_rand(0, count($list) - 1)] : 0;
		switch (true) {
			case str_contains($type, 'SocketIovec'): return $this->pool->iovec() ?? $this->any();
			case str_contains($type, 'AddressInfo'): return $this->pool->addrinfo() ?? $this->any();
			case str_contains($type, 'Socket'): return mt_rand(0, 15) ? $this->pool->any() : $this->pool->closed();
			case $name === 'stream': return $this->pool->stream();
			case $name === 'address': return $this->address();
			case $name === 'host': return $this->address();
			case $name === 'service': return [null, '80', '0', '65536', '-1', $this->string()][mt_rand(0, 5)];
			case $name === 'port': return $this->port();
			case $name === 'domain': return [AF_INET, AF_INET6, AF_UNIX, $this->int()][mt_rand(0, 3)];
			case $name === 'type': return mt_rand(0, 3) ? $c('SOCK') : $this->int();
			case $name === 'protocol': return [0, SOL_TCP, SOL_UDP, 1, 58, 255, $this->int()][mt_rand(0, 6)];
			case $name === 'level': return [SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, SOL_TCP, SOL_UDP, $this->int()][mt_rand(0, 5)];
			case $name === 'option': return [$c('SO'), $c('IP'), $c('IPV6'), $c('TCP'), $c('MCAST'), $this->int()][mt_rand(0, 5)];
			case $name === 'value': return mt_rand(0, 1) ? $this->array() : $this->any();
			case $name === 'flags': return mt_rand(0, 2) ? $c('MSG') | (mt_rand(0, 3) ? 0 : $c('MSG')) : $this->int();
			case $name === 'message': return mt_rand(0, 4) ? $this->message() : $this->array();
			case $name === 'hints': return mt_rand(0, 3) ? ['ai_family' => [AF_INET, AF_INET6, AF_UNIX, 0, $this->int()][mt_rand(0, 4)], 'ai_socktype' => $c('SOCK'), 'ai_flags' => $this->int()] : $this->array();
			case in_array($name, ['read', 'write', 'except'], true):
				return mt_rand(0, 5) ? [$this->pool->any(), $this->pool->any()] : (mt_rand(0, 1) ? null : $this->array());
			case $name === 'seconds': return [0, 0, null, 1, $this->int()][mt_rand(0, 4)];
			case $name === 'microseconds': return [0, 1000, 999999, 1000000, $this->int()][mt_rand(0, 4)];
			case $name === 'mode': return [PHP_BINARY_READ, PHP_NORMAL_READ, 0, 1, 2, $this->int()][mt_rand(0, 5)];
			case $name === 'data': return $this->string();
			case in_array($name, ['length', 'count', 'lengths', 'index', 'num', 'backlog', 'error_code'], true):
				return mt_rand(0, 2) ? [0, 1, 2, 10, 100, 4096, -1][mt_rand(0, 6)] : $this->int();
		}
		if (str_contains($type, 'int')) {
			return $this->int();
		}
		if (str_contains($type, 'string')) {
			return $this->string();
		}
		if (str_contains($type, 'array')) {
			return $this->array();
		}
		return $this->any();
	}

	/* The arguments of one call: usually as many as the function takes,
	 * sometimes too few or too many; by-reference parameters get variables
	 * that hold something already. */
	public function argsFor(ReflectionFunction $f): array
	{
		$params = $f->getParameters();
		$required = $f->getNumberOfRequiredParameters();
		$count = count($params);
		if ($f->isVariadic()) {
			$count += mt_rand(0, 4);
		}
		$n = mt_rand(0, 9) ? mt_rand($required, $count) : mt_rand(0, $count + 2);
		$args = [];
		$lookup = $f->getName() === 'socket_addrinfo_lookup';
		for ($i = 0; $i < $n; $i++) {
			$p = $params[min($i, count($params) - 1)] ?? null;
			$v = ($p && mt_rand(0, 99) < $this->plausiblePercent) ? $this->plausible($p) : $this->any();
			if ($lookup && $i === 0 && (is_scalar($v) || $v === null) && !unspec_host_safe((string)$v)) {
				/* The host of a lookup with no family: see unspec_host_safe(). */
				$v = '/' . $v;
			}
			if ($lookup && $i === 0 && is_string($v) && ($v === 'localhost' || strncmp($v, "localhost\0", 10) === 0)) {
				/* /etc/hosts here has no IPv6 line for localhost: a lookup
				 * with ai_family AF_INET6 would go on to DNS. */
				$v = '127.0.0.1';
			}
			if ($lookup && $i === 2 && is_array($v) && isset($v['ai_flags']) && is_scalar($v['ai_flags'])) {
				/* AI_CANONNAME makes glibc ask DNS for any name at all
				 * (checked with strace: even "/9"), and for the name of a
				 * numeric address: never set here. */
				$v['ai_flags'] = (int)$v['ai_flags'] & ~2;
			}
			if ($p && $p->isPassedByReference()) {
				$holder = $v;
				$args[$i] = &$holder;
				unset($holder);
			} else {
				$args[$i] = $v;
			}
		}
		return $args;
	}
}

/* A one-line description of arguments, short enough for a log line. */
function describe_value(mixed $v, int $depth = 0): string
{
	switch (true) {
		case is_int($v):
			foreach (['PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN] as $k => $x) {
				if ($v === $x) {
					return $k;
				}
			}
			return (string)$v;
		case is_float($v): return var_export($v, true);
		case is_bool($v): return $v ? 'true' : 'false';
		case $v === null: return 'null';
		case is_string($v):
			$shown = substr($v, 0, 48);
			$text = '"' . addcslashes($shown, "\0..\37\"\\\177..\377") . '"';
			return strlen($v) > 48 ? "$text...(" . strlen($v) . ' bytes)' : $text;
		case is_array($v):
			if ($depth > 2) {
				return '[...]';
			}
			$parts = [];
			$i = 0;
			foreach ($v as $k => $x) {
				if (++$i > 6) {
					$parts[] = '...(' . count($v) . ')';
					break;
				}
				$parts[] = (is_int($k) ? $k : describe_value($k)) . '=>' . describe_value($x, $depth + 1);
			}
			return '[' . implode(', ', $parts) . ']';
		case $v instanceof Socket: return HostilePool::describe($v);
		case is_object($v): return get_class($v);
		case is_resource($v): return 'resource(' . get_resource_type($v) . ')';
		default: return gettype($v);
	}
}

function describe_args(array $args): string
{
	return implode(', ', array_map('describe_value', $args));
}
