<?php
/*
 * Re-entrancy: values that run user code while the module converts the
 * array they sit in, and use it to change, free or grow that very array
 * (or the arrays around it, or the by-reference argument that holds it).
 *
 * HostileReentry::wire() takes the arguments of one call and, for every
 * array in them (down to 5 levels), makes the array's slot a reference and
 * remembers it; then it replaces some scalars by objects whose
 * __toString() returns the same text after acting, adds a user stream whose
 * stream_cast() acts to the lists that may hold descriptors, and hides
 * objects whose destructor acts in keys no converter reads (they run when
 * an action drops the array that holds them). An action picks one of the
 * remembered slots and replaces it (null, an int, a string, an empty
 * array), unsets or replaces one of its elements, grows it by hundreds of
 * elements (the table is reallocated), or closes a socket of the pool.
 * Actions nest up to three deep (a destructor run by an action acts again).
 *
 * Which arrays a module follows through references differs (8.2 follows
 * few): the point is that whatever it follows, nothing it holds may be
 * freed under it. ASan, valgrind and the checks of hostile_args.php judge.
 */

final class HostileReentry
{
	/** @var array<int, mixed> references to the slots of the arrays of the current call */
	private array $slots = [];
	private int $nesting = 0;
	public int $actions = 0;
	public int $wired = 0;
	private static bool $registered = false;

	public function __construct(private HostilePool $pool)
	{
		if (!self::$registered) {
			stream_wrapper_register('hostilere', HostileReentryStream::class);
			self::$registered = true;
		}
		HostileReentryStream::$reentry = $this;
	}

	public function pool(): HostilePool
	{
		return $this->pool;
	}

	/* Makes the arrays of $args changeable from inside the call. */
	public function wire(array &$args): void
	{
		$this->slots = [];
		foreach ($args as $i => &$arg) {
			if (is_array($arg)) {
				$this->walk($arg, 0);
			}
		}
		unset($arg);
		$this->wired++;
	}

	/* Forgets the call's slots (the arrays themselves go with the args). */
	public function done(): void
	{
		$this->slots = [];
	}

	private function walk(mixed &$a, int $depth): void
	{
		/* An array that contains itself (by reference) changes as it is
		 * walked: every step checks again what it has. */
		if (!is_array($a)) {
			return;
		}
		$this->slots[] = &$a;
		if ($depth >= 5 || count($a) > 64) {
			return;
		}
		foreach ($a as $k => &$v) {
			if (is_array($v)) {
				$this->walk($v, $depth + 1);
			} elseif ((is_int($v) || is_string($v)) && mt_rand(0, 2) === 0) {
				$v = new HostileReentrantString($this, (string)$v);
			} elseif (is_resource($v) && mt_rand(0, 1) === 0) {
				$v = HostileReentryStream::open();
			}
		}
		unset($v);
		if (!is_array($a)) {
			return;
		}
		if (array_is_list($a) && mt_rand(0, 3) === 0) {
			/* A descriptor list (SCM_RIGHTS data) or an iov: one more
			 * element whose conversion acts. */
			$a[] = mt_rand(0, 1) ? HostileReentryStream::open() : new HostileReentrantString($this, 'x');
		}
		if (!array_is_list($a) && mt_rand(0, 2) === 0) {
			$a['hostile_junk'] = new HostileReentrantDestructor($this);
		}
	}

	/* One action on one slot of the current call. */
	public function act(): void
	{
		if ($this->nesting >= 3 || !$this->slots) {
			return;
		}
		$this->nesting++;
		$this->actions++;
		try {
			$i = mt_rand(0, count($this->slots) - 1);
			$slot = &$this->slots[$i];
			switch (mt_rand(0, 9)) {
				case 0: $slot = null; break;
				case 1: $slot = 42; break;
				case 2: $slot = 'replaced'; break;
				case 3: $slot = []; break;
				case 4:
				case 5:
					if (is_array($slot) && $slot) {
						$keys = array_keys($slot);
						unset($slot[$keys[mt_rand(0, count($keys) - 1)]]);
					}
					break;
				case 6:
					if (is_array($slot)) {
						/* Several reallocations of the table. */
						for ($n = 0; $n < 300; $n++) {
							$slot[] = mt_rand(0, 1) ? $this->pool->stream() : $n;
						}
					}
					break;
				case 7:
					if (is_array($slot) && $slot) {
						$keys = array_keys($slot);
						$slot[$keys[mt_rand(0, count($keys) - 1)]] = [1, 'two', new HostileReentrantDestructor($this)];
					}
					break;
				case 8:
					$this->pool->closeOne();
					break;
				default:
					/* Another slot goes too: the parent of this one, often. */
					$j = mt_rand(0, count($this->slots) - 1);
					$this->slots[$j] = null;
					break;
			}
			unset($slot);
		} catch (Throwable $e) {
			/* PHP's own refusals (an array whose next index is taken):
			 * the action is skipped, the call goes on. */
		} finally {
			$this->nesting--;
		}
	}
}

/* A scalar in disguise: acts, then converts as the scalar would. */
final class HostileReentrantString
{
	public function __construct(private HostileReentry $r, private string $text) {}

	public function __toString(): string
	{
		$this->r->act();
		return $this->text;
	}
}

/* Acts when it is freed, that is when an action drops what holds it. */
final class HostileReentrantDestructor
{
	public function __construct(private ?HostileReentry $r) {}

	public function __destruct()
	{
		$r = $this->r;
		$this->r = null;
		$r?->act();
	}
}

/* A user stream whose cast to a descriptor (what SCM_RIGHTS data and
 * socket_import_stream() ask for) acts, then hands over a real stream. */
final class HostileReentryStream
{
	public static ?HostileReentry $reentry = null;
	public $context;

	public static function open(): mixed
	{
		return @fopen('hostilere://x', 'r') ?: null;
	}

	public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
	{
		return true;
	}

	public function stream_cast(int $as): mixed
	{
		self::$reentry?->act();
		$s = self::$reentry?->pool()->stream();
		return is_resource($s) ? $s : false;
	}

	public function stream_read(int $count): string|false
	{
		return '';
	}

	public function stream_eof(): bool
	{
		return true;
	}
}
