# Sourced by scripts/install.sh and scripts/uninstall.sh: where PHP keeps
# its modules, headers and ini files, and the steps both scripts share.
# docs/install.md explains each step as commands to type.

# The PHP to install for: --php 8.4 (php-config8.4, Debian's name when
# several PHP versions are installed), or PHP_CONFIG, or php-config.
while [ $# -gt 0 ]; do
	case "$1" in
	--php) PHP_CONFIG=php-config${2:?--php needs a version, say 8.4}; shift ;;
	--php=*) PHP_CONFIG=php-config${1#--php=} ;;
	*) echo "usage: $0 [--php 8.4]" >&2; exit 2 ;;
	esac
	shift
done
PHP_CONFIG=${PHP_CONFIG:-php-config}
command -v "$PHP_CONFIG" > /dev/null || {
	v=${PHP_CONFIG#php-config}
	echo "no $PHP_CONFIG: install PHP's development files (Debian: apt-get install php${v:-8.2}-dev)" >&2
	exit 1
}
# phpize8.4 beside php-config8.4, phpize beside php-config.
PHPIZE=${PHPIZE:-$(dirname "$(command -v "$PHP_CONFIG")")/$(basename "$PHP_CONFIG" | sed 's/php-config/phpize/')}
[ -x "$PHPIZE" ] || PHPIZE=phpize
PHP=$($PHP_CONFIG --php-binary)
PHP_VERSION=$($PHP_CONFIG --version | cut -d. -f1,2)
# The versions this module builds for (config.m4 refuses the others).
SUPPORTED_PHP="8.2 8.3 8.4 8.5"
EXT_DIR=$($PHP_CONFIG --extension-dir)
MODULE=$EXT_DIR/sockets.so
HEADER=$($PHP_CONFIG --include-dir)/ext/sockets/php_sockets.h
# Debian's layout: one ini file a module, enabled per SAPI with phpenmod.
MODS_AVAILABLE=/etc/php/$PHP_VERSION/mods-available
SWAP_INI=$MODS_AVAILABLE/sockets_bundled.ini
OUR_INI_MARK="drop-in replacement of PHP's bundled ext/sockets"

die() { echo "error: $*" >&2; exit 1; }
step() { echo "== $*"; }

debian_layout() { [ -d "$MODS_AVAILABLE" ] && command -v phpenmod > /dev/null; }

# Whether $1 is this module's build of the file (the bundled module has no
# socket_iovec_alloc, the bundled header no PSOCK_VERSION).
is_ours() {
	case "$1" in
	*.so) grep -qa socket_iovec_alloc "$1" ;;
	*) grep -q PSOCK_VERSION "$1" ;;
	esac
}

# Whether a Debian package installed $1: then it is set aside with
# dpkg-divert, so that a later upgrade of that package writes its new
# version beside ours instead of silently over it.
have_dpkg() { dpkg-divert --version > /dev/null 2>&1; }
packaged() { have_dpkg && dpkg -S "$1" > /dev/null 2>&1; }
# Prints where dpkg-divert put the package's $1, nothing when it did not.
diverted_to() {
	local to
	have_dpkg || return 0
	to=$(dpkg-divert --truename "$1") || return 0
	[ "$to" = "$1" ] || echo "$to"
}

# Keeps the bundled version of $1 as $1.bundled before make install
# replaces it. Does nothing when $1 is ours already (a second run).
save_bundled() {
	local f=$1
	if [ ! -e "$f" ]; then
		echo "  $f: none to keep"
	elif is_ours "$f"; then
		echo "  $f is ours already;" "$([ -e "$f.bundled" ] && echo "the bundled one is in $f.bundled" || echo "no bundled one was kept")"
	elif [ -n "$(diverted_to "$f")" ]; then
		echo "  $f: the package's file is in $(diverted_to "$f") already"
	elif packaged "$f"; then
		# Without --rename the file stays in place until make install
		# replaces it: PHP keeps a sockets module all along.
		dpkg-divert --local --no-rename --divert "$f.bundled" --add "$f" | sed 's/^/  /'
		cp -p "$f" "$f.bundled"
	else
		cp -p "$f" "$f.bundled"
		echo "  copied $f to $f.bundled"
	fi
}

# Puts the bundled version of $1 back (the reverse of save_bundled).
restore_bundled() {
	local f=$1 kept
	kept=$(diverted_to "$f")
	if [ -n "$kept" ]; then
		[ -e "$kept" ] || { echo "  $f: the package's file should be in $kept, which is missing" >&2; return 1; }
		rm -f "$f"
		dpkg-divert --local --rename --remove "$f" | sed 's/^/  /'
	elif [ -e "$f.bundled" ]; then
		mv -f "$f.bundled" "$f"
		echo "  moved $f.bundled back to $f"
	elif [ -e "$f" ] && is_ours "$f"; then
		if packaged "$f"; then
			echo "  no copy of the bundled $f to restore; reinstall its package: apt-get install --reinstall $(dpkg -S "$f" | cut -d: -f1)" >&2
			return 1
		fi
		rm -f "$f"
		echo "  removed $f (there was no bundled one)"
	else
		echo "  $f is the bundled one already"
	fi
}

enabled() { phpquery -q -v "$PHP_VERSION" -s cli -m "$1"; }

# Makes PHP load sockets.so (ours, once installed): Debian's sockets.ini
# names that file already; where there is none, ours goes in its place. The
# second ini, sockets_bundled.ini, loads the saved bundled module for those
# who swap back and forth with phpdismod/phpenmod.
enable_modules() {
	if ! debian_layout; then
		if "$PHP" -m | grep -qx sockets; then
			echo "  php loads sockets.so already"
		else
			echo "  add this line to $("$PHP" --ini | sed -n 's/^Loaded Configuration File: *//p'):"
			echo "    extension=sockets.so"
		fi
		return
	fi
	if [ ! -e "$MODS_AVAILABLE/sockets.ini" ]; then
		install -m 644 sockets.ini "$MODS_AVAILABLE/sockets.ini"
		echo "  installed $MODS_AVAILABLE/sockets.ini"
	fi
	if [ -e "$MODULE.bundled" ]; then
		printf '%s\n' "; the bundled sockets module, kept by scripts/install.sh (phpenmod sockets_bundled after phpdismod sockets)" \
			"; priority=20" "extension=sockets.so.bundled" > "$SWAP_INI"
	fi
	if enabled sockets_bundled; then
		phpdismod -v "$PHP_VERSION" sockets_bundled
		echo "  phpdismod sockets_bundled"
	fi
	if ! enabled sockets; then
		phpenmod -v "$PHP_VERSION" sockets
		echo "  phpenmod sockets"
	fi
	# Other SAPIs (fpm, apache2) load modules when they start.
	if phpquery -S -v "$PHP_VERSION" | grep -vqx cli; then
		NEED_RESTART=1
	fi
}

# The reverse of enable_modules: no sockets_bundled.ini, and sockets.ini
# enabled as it was before, or gone when it was ours (no bundled module).
disable_modules() {
	debian_layout || return 0
	if [ -e "$SWAP_INI" ]; then
		if enabled sockets_bundled; then
			phpdismod -v "$PHP_VERSION" sockets_bundled
			enabled sockets || phpenmod -v "$PHP_VERSION" sockets
			echo "  phpdismod sockets_bundled; phpenmod sockets"
		fi
		# Forget what phpenmod recorded about it, if anything: phpdismod -p
		# records a state first, even for a module it finds disabled.
		if compgen -G "/var/lib/php/modules/$PHP_VERSION/*/*_by_*/sockets_bundled" > /dev/null; then
			phpdismod -p -v "$PHP_VERSION" sockets_bundled 2> /dev/null || true
		fi
		rm -f "$SWAP_INI"
		echo "  removed $SWAP_INI"
	fi
	if [ -e "$MODS_AVAILABLE/sockets.ini" ] && grep -qF "$OUR_INI_MARK" "$MODS_AVAILABLE/sockets.ini" &&
		[ ! -e "$MODULE.bundled" ]; then
		phpdismod -p -v "$PHP_VERSION" sockets
		rm -f "$MODS_AVAILABLE/sockets.ini"
		echo "  removed $MODS_AVAILABLE/sockets.ini (ours; there is no bundled module)"
	fi
}
