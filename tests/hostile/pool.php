<?php
/*
 * The objects tests/hostile_args.php passes around: sockets of every kind
 * the module makes (stream, datagram and seqpacket pairs, TCP and UDP over
 * IPv4 and IPv6, unix path and abstract names, listeners and their accepted
 * ends), closed sockets, streams, iovecs and AddressInfo objects. Every
 * socket is non-blocking, so no call waits on it; the pool is rebuilt now
 * and then, which closes and frees everything of the old one.
 */

final class HostilePool
{
	private const MAX_SOCKETS = 48;

	/** @var array<int, Socket> open (or closed by a call) sockets, by object id */
	private array $sockets = [];
	/** @var array<int, string> what each socket is, by object id */
	private static array $kinds = [];
	private array $closed = [];
	private array $streams = [];
	private array $iovecs = [];
	private array $addrinfos = [];
	private array $ports = [0];
	private array $paths = [];
	private string $dir;
	private int $generation = 0;

	public function __construct()
	{
		/* tests/hostile_args.sh names the directory, so that it can remove
		 * it after a run it had to kill. */
		$this->dir = getenv('HOSTILE_SCRATCH') ?: sys_get_temp_dir() . '/hostile.' . getmypid();
		@mkdir($this->dir);
		chdir($this->dir);
		$this->build();
	}

	public static function describe(Socket $s): string
	{
		return 'Socket(' . (self::$kinds[spl_object_id($s)] ?? 'returned') . ')';
	}

	private function add(Socket|false $s, string $kind): ?Socket
	{
		if (!$s instanceof Socket) {
			return null;
		}
		@socket_set_nonblock($s);
		$this->sockets[spl_object_id($s)] = $s;
		self::$kinds[spl_object_id($s)] = $kind;
		return $s;
	}

	/* Runs a setup step; a function that throws (not there yet, or not
	 * implemented in this build) only leaves its sockets out. */
	private function try(callable $f): mixed
	{
		try {
			return @$f();
		} catch (Throwable $e) {
			return null;
		}
	}

	private function build(): void
	{
		$g = ++$this->generation;
		foreach ([[AF_UNIX, SOCK_STREAM, 'unix-stream'], [AF_UNIX, SOCK_DGRAM, 'unix-dgram'], [AF_UNIX, SOCK_SEQPACKET, 'unix-seqpacket']] as [$d, $t, $k]) {
			if (@socket_create_pair($d, $t, 0, $pair)) {
				$this->add($pair[0], "$k-a");
				$this->add($pair[1], "$k-b");
				@socket_write($pair[0], "line one\nline two\r\n" . str_repeat('x', 3000));
			}
		}
		foreach ([[AF_INET, '127.0.0.1', 'tcp4'], [AF_INET6, '::1', 'tcp6']] as [$fam, $host, $k]) {
			$l = $this->add(@socket_create($fam, SOCK_STREAM, SOL_TCP), "$k-listener");
			if ($l && @socket_bind($l, $host, 0) && @socket_listen($l, 64) && @socket_getsockname($l, $a, $port)) {
				$this->ports[] = $port;
				$c = $this->add(@socket_create($fam, SOCK_STREAM, SOL_TCP), "$k-client");
				if ($c) {
					@socket_connect($c, $host, $port);
					usleep(2000);
					$this->add(@socket_accept($l), "$k-accepted");
					@socket_write($c, "hello\nworld\n");
				}
				$this->add(@socket_create($fam, SOCK_STREAM, SOL_TCP), "$k-pending");
			}
			$u = $this->add(@socket_create($fam, SOCK_DGRAM, SOL_UDP), str_replace('tcp', 'udp', $k));
			if ($u && @socket_bind($u, $host, 0) && @socket_getsockname($u, $a, $port)) {
				$this->ports[] = $port;
				$uc = $this->add(@socket_create($fam, SOCK_DGRAM, SOL_UDP), str_replace('tcp', 'udp', $k) . '-connected');
				if ($uc && @socket_connect($uc, $host, $port)) {
					@socket_write($uc, str_repeat('d', 1000));
				}
			}
		}
		$path = "$this->dir/s$g";
		$this->paths[] = $path;
		$ul = $this->add(@socket_create(AF_UNIX, SOCK_STREAM, 0), 'unix-listener');
		if ($ul && @socket_bind($ul, $path) && @socket_listen($ul)) {
			$uc = $this->add(@socket_create(AF_UNIX, SOCK_STREAM, 0), 'unix-client');
			$uc && @socket_connect($uc, $path);
		}
		$ud = $this->add(@socket_create(AF_UNIX, SOCK_DGRAM, 0), 'unix-dgram-abstract');
		$ud && @socket_bind($ud, "\0hostile." . getmypid() . ".$g");
		$this->add(@socket_create(AF_INET, SOCK_DGRAM, 0), 'udp4-unbound');

		$closed = @socket_create(AF_UNIX, SOCK_STREAM, 0);
		if ($closed) {
			socket_close($closed);
			self::$kinds[spl_object_id($closed)] = 'closed';
			$this->closed[] = $closed;
		}

		$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
		$this->streams = [fopen('php://memory', 'w+'), fopen('php://temp', 'w+'), $pair[0], $pair[1]];
		$gone = fopen('php://memory', 'r');
		fclose($gone);
		$this->streams[] = $gone;
		stream_set_blocking($pair[0], false);
		stream_set_blocking($pair[1], false);
		$imported = $this->try(fn () => socket_import_stream($pair[0]));
		$imported && $this->add($imported, 'imported');

		if (function_exists('socket_iovec_alloc')) {
			$this->iovecs = array_filter([
				$this->try(fn () => socket_iovec_alloc(3, 10, 20, 30)),
				$this->try(fn () => socket_iovec_alloc(1, 4096)),
				$this->try(fn () => socket_iovec_alloc(0)),
			]);
		}
		$ai = $this->try(fn () => socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]));
		$this->addrinfos = is_array($ai) ? $ai : [];
		$ai = $this->try(fn () => socket_addrinfo_lookup('::1', null, ['ai_family' => AF_INET6]));
		$this->addrinfos = array_merge($this->addrinfos, is_array($ai) ? $ai : []);
	}

	/* The directory every unix path of a run lands in (and the working
	 * directory), emptied and removed by release(). */
	public function scratch(): string
	{
		return $this->dir;
	}

	public function rebuild(): void
	{
		$this->release();
		@mkdir($this->dir);
		chdir($this->dir);
		$this->build();
	}

	/* Closes and forgets everything, and removes the unix socket files. */
	public function release(): void
	{
		foreach ($this->sockets as $s) {
			try {
				@socket_close($s);
			} catch (Throwable $e) {
			}
		}
		foreach ($this->streams as $st) {
			is_resource($st) && fclose($st);
		}
		foreach ($this->iovecs as $iov) {
			$this->try(fn () => socket_iovec_free($iov));
		}
		$this->sockets = $this->closed = $this->streams = $this->iovecs = $this->addrinfos = [];
		self::$kinds = [];
		$this->ports = [0];
		foreach ($this->paths as $p) {
			@unlink($p);
		}
		$this->paths = [];
		foreach (@scandir($this->dir) ?: [] as $f) {
			if ($f !== '.' && $f !== '..') {
				@unlink("$this->dir/$f");
			}
		}
		@rmdir($this->dir);
	}

	public function any(): Socket
	{
		if (!$this->sockets) {
			return $this->closed();
		}
		return array_values($this->sockets)[mt_rand(0, count($this->sockets) - 1)];
	}

	public function closed(): Socket
	{
		if (!$this->closed) {
			$s = socket_create(AF_INET, SOCK_STREAM, 0);
			socket_close($s);
			self::$kinds[spl_object_id($s)] = 'closed';
			$this->closed[] = $s;
		}
		return $this->closed[mt_rand(0, count($this->closed) - 1)];
	}

	/** @return resource */
	public function stream(): mixed
	{
		return $this->streams[mt_rand(0, count($this->streams) - 1)];
	}

	public function iovec(): ?object
	{
		return $this->iovecs ? array_values($this->iovecs)[mt_rand(0, count($this->iovecs) - 1)] : null;
	}

	public function addrinfo(): ?object
	{
		return $this->addrinfos ? $this->addrinfos[mt_rand(0, count($this->addrinfos) - 1)] : null;
	}

	public function port(): int
	{
		return $this->ports[mt_rand(0, count($this->ports) - 1)];
	}

	public function unixPath(): string
	{
		return $this->paths ? $this->paths[mt_rand(0, count($this->paths) - 1)] : "$this->dir/none";
	}

	/* Closes a socket of the pool: what a __toString with a side effect does
	 * in the middle of a call. */
	public function closeOne(): void
	{
		if ($this->sockets) {
			try {
				@socket_close($this->any());
			} catch (Throwable $e) {
			}
		}
	}

	/* Keeps what a call returned when it is a new socket or iovec. */
	public function adopt(mixed $result): void
	{
		if ($result instanceof Socket && !isset($this->sockets[spl_object_id($result)])) {
			if (count($this->sockets) >= self::MAX_SOCKETS) {
				/* Drops the oldest; unless a call kept it, it is freed. */
				$first = array_key_first($this->sockets);
				unset($this->sockets[$first]);
			}
			$this->add($result, 'returned');
		} elseif (is_object($result) && get_class($result) === 'SocketIovec' && count($this->iovecs) < 8) {
			$this->iovecs[] = $result;
		}
	}

	/* After a call that may have made a socket blocking, makes every socket
	 * of the pool non-blocking again. */
	public function settle(string $fn): void
	{
		static $touchy = ['socket_set_block' => 1, 'socket_set_option' => 1, 'socket_setopt' => 1, 'socket_import_stream' => 1, 'socket_export_stream' => 1];
		if (isset($touchy[$fn])) {
			foreach ($this->sockets as $s) {
				try {
					@socket_set_nonblock($s);
				} catch (Throwable $e) {
				}
			}
		}
	}
}
