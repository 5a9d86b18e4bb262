<?php
/*
 * What tests/hostile_args.php checks after each call, and its counts.
 *
 * A call may return a value of its declared return type, throw an Error or
 * Exception, or return false with a warning. It may also return false
 * without a warning where PHP 8.2 does so by design: the socket's error is
 * EAGAIN/EWOULDBLOCK/EINPROGRESS (a non-blocking socket with nothing to do),
 * a read length below 1 or of PHP_INT_MAX, or a failed address lookup. Any
 * other quiet false, a value of another type, or a fatal error (caught in
 * hostile_args.php) is a problem.
 */

final class HostileStats
{
	public int $thrown = 0;
	public int $warned = 0;
	public int $quietFalse = 0;
	private array $calls;
	private array $rows = [];
	private array $messages = [];
	private array $quietReasons = [];

	/* errno values after which 8.2 returns false without a warning. */
	private const QUIET_ERRNO = [11 => 'EAGAIN', 115 => 'EINPROGRESS'];

	public function __construct(array $funcs)
	{
		$this->calls = array_fill_keys($funcs, 0);
		foreach ($funcs as $fn) {
			$this->rows[$fn] = ['value' => 0, 'false+warning' => 0, 'quiet false' => 0, 'thrown' => 0];
		}
	}

	public function minCalls(): int
	{
		return $this->calls ? min($this->calls) : 0;
	}

	public function maxCalls(): int
	{
		return $this->calls ? max($this->calls) : 0;
	}

	/* Returns null, or what is wrong with this call's outcome. */
	public function record(string $fn, ReflectionFunction $f, array $args, mixed $result, ?Throwable $thrown, array $warnings): ?string
	{
		$this->calls[$fn]++;
		if ($warnings) {
			$this->warned++;
		}
		if ($thrown) {
			$this->thrown++;
			$this->rows[$fn]['thrown']++;
			$msg = get_class($thrown) . ': ' . preg_replace('/\d+/', 'N', $thrown->getMessage());
			$this->messages[$fn][$msg] = ($this->messages[$fn][$msg] ?? 0) + 1;
			if (!$thrown instanceof Error && !$thrown instanceof Exception) {
				return 'threw a ' . get_class($thrown);
			}
			if ($thrown->getMessage() === '') {
				return 'threw ' . get_class($thrown) . ' without a message';
			}
			return null;
		}
		$type = $f->getReturnType();
		if (in_array($fn, ['socket_get_option', 'socket_getopt'], true) && is_string($result)
				&& ($args[1] ?? null) == SOL_SOCKET && ($args[2] ?? null) == 25) {
			/* SO_BINDTODEVICE answers with the interface name while the stub
			 * keeps 8.2's declared type (docs/hardening.md F2, a decision). */
			$this->rows[$fn]['value']++;
			return null;
		}
		if ($type !== null && !self::matches($result, $type)) {
			return 'returned ' . get_debug_type($result) . ', declared ' . $type;
		}
		/* socket_atmark()'s false is an answer (not at the mark). */
		if ($result !== false || $fn === 'socket_atmark') {
			$this->rows[$fn]['value']++;
			return null;
		}
		if ($warnings) {
			$this->rows[$fn]['false+warning']++;
			return null;
		}
		$this->quietFalse++;
		$this->rows[$fn]['quiet false']++;
		$err = socket_last_error();
		$reason = self::QUIET_ERRNO[$err] ?? null;
		if ($reason === null && in_array($fn, ['socket_read', 'socket_recv', 'socket_recvfrom'], true)) {
			/* 8.2 refuses a length below 1, or one it cannot add 1 to,
			 * quietly. */
			$length = $args[$fn === 'socket_read' ? 1 : 2] ?? null;
			if ((is_scalar($length) || $length === null) && ((int)$length < 1 || (int)$length === PHP_INT_MAX)) {
				$reason = 'length < 1 or PHP_INT_MAX';
			}
		}
		if ($reason === null && $fn === 'socket_addrinfo_lookup') {
			/* 8.2 reports a failed getaddrinfo() by false alone. */
			$reason = 'lookup failed';
		}
		if ($reason === null) {
			return "returned false without a warning (socket_last_error() $err)";
		}
		$this->quietReasons["$fn: $reason"] = ($this->quietReasons["$fn: $reason"] ?? 0) + 1;
		return null;
	}

	private static function matches(mixed $v, ReflectionType $t): bool
	{
		if ($t instanceof ReflectionUnionType) {
			foreach ($t->getTypes() as $sub) {
				if (self::matches($v, $sub)) {
					return true;
				}
			}
			return false;
		}
		if ($v === null && $t->allowsNull()) {
			return true;
		}
		$name = $t->getName();
		return match ($name) {
			'mixed' => true,
			'void', 'null' => $v === null,
			'int' => is_int($v),
			'string' => is_string($v),
			'bool' => is_bool($v),
			'false' => $v === false,
			'true' => $v === true,
			'array' => is_array($v),
			default => $v instanceof $name,
		};
	}

	public function report(bool $quiet): void
	{
		if ($quiet) {
			return;
		}
		printf("%-26s %7s %7s %9s %7s %7s\n", 'function', 'calls', 'value', 'false+w', 'quiet', 'thrown');
		foreach ($this->rows as $fn => $r) {
			printf("%-26s %7d %7d %9d %7d %7d\n", $fn, $this->calls[$fn], $r['value'], $r['false+warning'], $r['quiet false'], $r['thrown']);
		}
		if ($this->quietReasons) {
			echo "quiet false returns (8.2's behaviour):\n";
			foreach ($this->quietReasons as $k => $n) {
				echo "  $k: $n\n";
			}
		}
		echo "exceptions (digits as N):\n";
		foreach ($this->messages as $fn => $msgs) {
			arsort($msgs);
			foreach (array_slice($msgs, 0, 4, true) as $m => $n) {
				echo "  $fn: $m ($n)\n";
			}
		}
	}
}
