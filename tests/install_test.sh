#!/bin/bash
# Tests scripts/install.sh and scripts/uninstall.sh for real, with the system
# PHP, but inside a private mount namespace: PHP's module, header, ini and
# state directories and dpkg's database are copies mounted over the real
# ones, so the machine (and any test running beside this one) keeps the
# bundled module. The source is a fresh copy of the tracked files, as a user
# would clone it (with the files not committed yet, for a developer).
#
# Two rounds: on Debian (bundled files set aside with dpkg-divert), and as on
# a system without dpkg (plain copies). Each checks: install, the functions
# only ours has visible to plain `php`, an example run with plain `php`, a
# second install, the phpdismod/phpenmod swap, uninstall, the bundled files
# back byte for byte, the ini and state files as before, a second uninstall.
#
#   tests/install_test.sh              the PHP of php-config on PATH (or PSOCK_PHP_CONFIG)
#   tests/install_test.sh --php 8.4    PHP 8.4 (php-config8.4; in a chroot, tests/run.sh --php 8.4 runs it there)
#
# Needs root and unshare(1). Prints "N passed, N failed" last.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ "${1:-}" = --php ]; then
	PSOCK_PHP_CONFIG=$(command -v "php-config${2:?--php needs a version}") || { echo "no php-config$2"; echo "0 passed, 1 failed"; exit 1; }
	shift 2
fi
export PSOCK_PHP_CONFIG=${PSOCK_PHP_CONFIG:-$(command -v php-config)}

if [ "${1:-}" != --inside ]; then
	[ "$(id -u)" -eq 0 ] || { echo "skip: needs root"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }
	unshare --mount true 2> /dev/null || { echo "skip: unshare --mount is not permitted here"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }
	exec unshare --mount --propagation private "$0" --inside
fi

PC=$PSOCK_PHP_CONFIG
EXT_DIR=$("$PC" --extension-dir)
INC_DIR=$("$PC" --include-dir)/ext/sockets
V=$("$PC" --version | cut -d. -f1,2)
# What users type is "php": the binary of this PHP (php8.4 is what "php"
# runs on a system with one PHP).
PHP=$("$PC" --php-binary)
echo "PHP $("$PC" --version) ($PHP): $EXT_DIR, /etc/php/$V"
WORK=$(mktemp -d /tmp/psock-install-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

passed=0; failed=0
check() { # description, command...
	local what=$1; shift
	if "$@" > "$WORK/out" 2>&1; then
		passed=$((passed + 1)); echo "ok   $what"
	else
		failed=$((failed + 1)); echo "FAIL $what"; sed 's/^/     /' "$WORK/out" | tail -20
	fi
}
loads() { # ours|bundled: what plain php loads
	local got
	got=$(cd / && "$PHP" -r 'echo function_exists("socket_iovec_alloc") ? "ours" : (function_exists("socket_create") ? "bundled" : "none");' 2>&1)
	[ "$got" = "$1" ] || { echo "plain php loads: $got, expected $1"; return 1; }
}
# Everything the scripts may touch, as one listing with checksums.
state() {
	(cd / && find "$EXT_DIR" "$INC_DIR" /etc/php /var/lib/php -printf '%p -> %l\n' | sort
	 md5sum "$EXT_DIR"/sockets.so* "$INC_DIR"/*; dpkg-divert --list | sort) 2>&1
}
# What phpenmod records about sockets when an administrator swaps modules
# (enabled_by_admin instead of enabled_by_maint, and the directories).
SWAP_RECORDS='^/var/lib/php/modules/[^ ]*_by_\(maint\|admin\)\(/sockets\)\? -> $'
private_copy() { # mounts a private copy of directory $1 over it
	mkdir -p "$WORK/copies$1"
	cp -a "$1/." "$WORK/copies$1/"
	mount --bind "$WORK/copies$1" "$1"
}

for d in "$EXT_DIR" "$INC_DIR" /etc/php /var/lib/php /var/lib/dpkg; do
	private_copy "$d" || { echo "cannot mount a copy of $d"; echo "0 passed, 1 failed"; exit 1; }
done
mkdir -p "$WORK/src"
if git rev-parse --show-toplevel > /dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$WORK/src"
elif [ -f .psock-files ]; then
	bash scripts/tree_files.sh | tr '\n' '\0' | xargs -0 cp --parents -t "$WORK/src"	# a copy of the tree (a chroot's)
else
	cp -a . "$WORK/src"	# an unpacked tarball: install.sh cleans what was built here
fi
cd "$WORK/src"

round() { # name, "with the swap" or not
	echo "== $1"
	local before
	before=$(state)
	check "the bundled module before" loads bundled
	check "install.sh --php $V" scripts/install.sh --php "$V"
	check "plain php loads ours" loads ours
	check "php --ri sockets shows Implementation and Version" \
		sh -c '"$0" --ri sockets | grep -q "^Implementation => drop-in" && "$0" --ri sockets | grep -q "^Version => [0-9]"' "$PHP"
	check "the bundled module kept as sockets.so.bundled" cmp "$WORK/bundled.so" "$EXT_DIR/sockets.so.bundled"
	check "example with plain php" sh -c 'timeout 20 "$0" examples/scatter_gather.php | grep -qx "body intact"' "$PHP"
	if [ "$2" = "with the swap" ]; then
		check "phpdismod sockets; phpenmod sockets_bundled" sh -c "phpdismod -v $V sockets && phpenmod -v $V sockets_bundled"
		check "plain php loads the bundled module" loads bundled
		check "phpdismod sockets_bundled; phpenmod sockets" sh -c "phpdismod -v $V sockets_bundled && phpenmod -v $V sockets"
		check "plain php loads ours again" loads ours
	fi
	check "install.sh again" scripts/install.sh --php "$V"
	check "the bundled module still kept" cmp "$WORK/bundled.so" "$EXT_DIR/sockets.so.bundled"
	check "plain php still loads ours" loads ours
	check "uninstall.sh --php $V" scripts/uninstall.sh --php "$V"
	check "plain php loads the bundled module after uninstall" loads bundled
	check "the bundled module back in place" cmp "$WORK/bundled.so" "$EXT_DIR/sockets.so"
	check "the bundled header back in place" cmp "$WORK/bundled.h" "$INC_DIR/php_sockets.h"
	check "uninstall.sh again" scripts/uninstall.sh --php "$V"
	if [ "$2" = "with the swap" ]; then
		check "files, links, checksums and diversions as before, but the swap" \
			diff <(echo "$before" | grep -v "$SWAP_RECORDS") <(state | grep -v "$SWAP_RECORDS")
	else
		check "files, links, checksums and diversions as before" diff <(echo "$before") <(state)
	fi
}

cp "$EXT_DIR/sockets.so" "$WORK/bundled.so"
cp "$INC_DIR/php_sockets.h" "$WORK/bundled.h"
round "Debian: dpkg-divert sets the bundled files aside" "without the swap"

# Without dpkg: a dpkg-divert that cannot run makes the scripts fall back to
# plain copies.
printf '#!/bin/sh\necho "dpkg-divert: not found" >&2\nexit 127\n' > "$WORK/no-dpkg-divert"
chmod +x "$WORK/no-dpkg-divert"
mount --bind "$WORK/no-dpkg-divert" "$(command -v dpkg-divert)"
round "no dpkg: plain copies of the bundled files" "with the swap"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
