#!/bin/bash
# Tests the Debian package of scripts/build-deb.sh for real: installed with
# apt, used, reinstalled, upgraded over, and removed, with the system's PHP,
# dpkg and apt, but inside a private mount namespace whose /usr, /etc and
# /var are overlays (writes go to a tmpfs that vanishes with the test), so
# the machine keeps its bundled module and its dpkg database as they were.
#
#   tests/deb_test.sh                       builds the package for php-config's PHP, then tests it
#   tests/deb_test.sh --deb FILE            tests that package (for the PHP it names)
#   tests/deb_test.sh --php 8.4 --chroot /var/lib/psock-chroots/trixie
#                                           the same inside a Debian chroot that has PHP 8.4
#                                           (php8.4-dev): builds there from a copy of this tree
#
# What it checks: apt installs the package; the bundled sockets.so is
# diverted to sockets.so.bundled unchanged; plain `php --ri sockets` shows
# this module and its version; the phpt suite passes against the installed
# module (run-tests.php -n -d extension=sockets); a reinstall of the package
# and a reinstall of phpX.Y-common keep the diversion and our module; apt
# remove puts the bundled module back byte for byte and leaves the files,
# links and diversions as before, and so does purge. Bad input: another
# package's diversion of sockets.so, or a local one, makes the install
# refuse with a message naming it, and nothing changes; removal with the
# bundled file gone still removes the diversion, says how to get the file
# back, and reinstalling phpX.Y-common does.
#
# Needs root, unshare(1) and overlayfs. Prints "N passed, N failed" last.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD

PHP_V=; DEB=; CHROOT=; INSIDE=
while [ $# -gt 0 ]; do
	case "$1" in
	--php) PHP_V=$2; shift 2 ;;
	--deb) DEB=$2; shift 2 ;;
	--chroot) CHROOT=$2; shift 2 ;;
	--inside) INSIDE=1; shift ;;
	*) echo "deb_test.sh: unknown argument $1"; echo "0 passed, 1 failed"; exit 2 ;;
	esac
done

# The tracked files (with those not committed yet), or everything in an
# unpacked tarball, copied to directory $1.
copy_tree() {
	mkdir -p "$1"
	if git -C "$ROOT" rev-parse --show-toplevel > /dev/null 2>&1; then
		(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
			xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
			tar --null -cf - -T -) | tar -xf - -C "$1"
	else
		(cd "$ROOT" && tar -cf - .) | tar -xf - -C "$1"
	fi
}

if [ -n "$CHROOT" ]; then
	# The whole test again inside the chroot, from a copy of this tree.
	[ "$(id -u)" -eq 0 ] || { echo "skip: --chroot needs root"; echo "0 passed, 0 failed"; exit 0; }
	inside=$(mktemp -d "$CHROOT/root/sockets-complete-debtest.XXXXXX")
	trap 'rm -rf "$inside"' EXIT
	copy_tree "$inside/src"
	rel=/root/$(basename "$inside")
	if [ -n "$DEB" ]; then
		cp "$DEB" "$inside/"
	else
		build=(scripts/build-deb.sh --chroot "$CHROOT" --out "$inside")
		[ -n "$PHP_V" ] && build+=(--php "$PHP_V")
		"${build[@]}" > "$inside/build.log" 2>&1 || { cat "$inside/build.log"; echo "0 passed, 1 failed"; exit 1; }
	fi
	DEB=$(ls "$inside"/*.deb | head -1)
	echo "testing $(basename "$DEB") in $CHROOT"
	# The namespace is made here: inside a chroot, whose root is no mount
	# point, unshare cannot make the mounts private.
	unshare --mount true 2> /dev/null || { echo "skip: unshare --mount is not permitted here"; echo "0 passed, 0 failed"; exit 0; }
	unshare --mount --propagation private chroot "$CHROOT" \
		/usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
		bash "$rel/src/tests/deb_test.sh" --deb "$rel/$(basename "$DEB")" --inside
	exit $?
fi

if [ -z "$INSIDE" ]; then
	[ "$(id -u)" -eq 0 ] || { echo "skip: needs root"; echo "0 passed, 0 failed"; exit 0; }
	unshare --mount true 2> /dev/null || { echo "skip: unshare --mount is not permitted here"; echo "0 passed, 0 failed"; exit 0; }
	if [ -z "$DEB" ]; then
		# Built outside the namespace: the build needs nothing of it.
		out=$(mktemp -d /tmp/sockets-complete-debtest.XXXXXX)
		trap 'rm -rf "$out"' EXIT
		build=(scripts/build-deb.sh --out "$out")
		[ -n "$PHP_V" ] && build+=(--php "$PHP_V")
		"${build[@]}" > "$out/build.log" 2>&1 || { cat "$out/build.log"; echo "0 passed, 1 failed"; exit 1; }
		DEB=$(ls "$out"/*.deb)
		echo "built $(basename "$DEB")"
	fi
	DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")
	unshare --mount --propagation private "$0" --deb "$DEB" --inside
	exit $?
fi

WORK=$(mktemp -d /tmp/sockets-complete-debtest.XXXXXX)
trap 'umount -l /usr /etc /var "$WORK/ov" 2> /dev/null; rm -rf "$WORK"' EXIT
passed=0; failed=0
check() { # description, command...
	local what=$1; shift
	if "$@" > "$WORK/out" 2>&1; then
		passed=$((passed + 1)); echo "ok   $what"
	else
		failed=$((failed + 1)); echo "FAIL $what"; sed 's/^/     /' "$WORK/out" | tail -60
	fi
}
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# Overlays over /usr, /etc and /var: the package, its scripts, dpkg and apt
# write into a tmpfs; nothing outside this namespace sees it.
mkdir -p "$WORK/ov"
mount -t tmpfs -o size=512m tmpfs "$WORK/ov" || { echo "cannot mount a tmpfs"; echo "0 passed, 1 failed"; exit 1; }
for d in /usr /etc /var; do
	mkdir -p "$WORK/ov$d.up" "$WORK/ov$d.work"
	mount -t overlay overlay -o "lowerdir=$d,upperdir=$WORK/ov$d.up,workdir=$WORK/ov$d.work" "$d" ||
		{ echo "skip: cannot mount an overlay over $d (no overlayfs?)"; echo "0 passed, 0 failed"; exit 0; }
done
# A chroot may have no /sys: the AF_PACKET tests read interface indexes there.
[ -d /sys/class/net ] || mount -t sysfs sysfs /sys 2> /dev/null || true
export DEBIAN_FRONTEND=noninteractive

PACKAGE=$(dpkg-deb -f "$DEB" Package)
VERSION=$(dpkg-deb -f "$DEB" Version)
PHP_V=${PACKAGE#php}; PHP_V=${PHP_V%%-*}
PHP=php$PHP_V
command -v "$PHP" > /dev/null || { echo "$PACKAGE is for PHP $PHP_V, which is not installed here"; echo "0 passed, 1 failed"; exit 1; }
API=$(dpkg-deb -f "$DEB" Depends | grep -o 'phpapi-[0-9]*' | cut -d- -f2)
EXT_DIR=/usr/lib/php/$API
SO=$EXT_DIR/sockets.so
COMMON=php$PHP_V-common
OURS_MD5=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ".$SO" | md5sum | cut -d' ' -f1)
[ -f "$SO" ] || { echo "no $SO: $COMMON is not installed"; echo "0 passed, 1 failed"; exit 1; }
BUNDLED_MD5=$(md5sum < "$SO" | cut -d' ' -f1)
[ "$BUNDLED_MD5" != "$OURS_MD5" ] || { echo "$SO is ours already: remove $PACKAGE (or scripts/uninstall.sh) first"; echo "0 passed, 1 failed"; exit 1; }
echo "== $PACKAGE $VERSION (PHP $PHP_V, module API $API)"

# The .deb of the installed phpX.Y-common, for reinstalling it: apt's cache,
# else apt-get download (the package registry).
common_deb() {
	local v f
	v=$(dpkg-query -W -f '${Version}' "$COMMON")
	for f in /var/cache/apt/archives/${COMMON}_"${v/:/%3a}"_*.deb; do
		[ -e "$f" ] && { echo "$f"; return; }
	done
	(cd "$WORK" && apt-get download -qq "$COMMON=$v" > /dev/null 2>&1) || (cd "$WORK" && apt-get update -qq > /dev/null 2>&1 && apt-get download -qq "$COMMON=$v" > /dev/null 2>&1)
	ls "$WORK"/${COMMON}_*.deb 2> /dev/null | head -1
}

md5_is() { # file, md5
	local got
	got=$(md5sum < "$1" | cut -d' ' -f1) || return 1
	[ "$got" = "$2" ] || { echo "$1: md5 $got, expected $2"; return 1; }
}
diverted_by() { # package or LOCAL
	local got
	got=$(dpkg-divert --listpackage "$SO")
	[ "$got" = "$1" ] || { echo "$SO is diverted by '${got}', expected '$1'"; dpkg-divert --list | grep sockets; return 1; }
}
not_diverted() { [ -z "$(dpkg-divert --listpackage "$SO")" ] || { dpkg-divert --list "$SO"; return 1; }; }
installed() { [ "$(dpkg-query -W -f '${db:Status-Status}' "$PACKAGE" 2> /dev/null)" = installed ]; }
not_installed() { ! installed || { dpkg -l "$PACKAGE" | tail -1; return 1; }; }
loads() { # ours|bundled: what plain php (with the ini files) loads
	local got
	got=$(cd / && "$PHP" -r 'echo function_exists("socket_iovec_alloc") ? "ours" : (function_exists("socket_create") ? "bundled" : "none");' 2>&1)
	[ "$got" = "$1" ] || { echo "plain $PHP loads: $got, expected $1"; return 1; }
}
ri_shows_ours() {
	local info
	info=$(cd / && "$PHP" --ri sockets)
	echo "$info"
	grep -qx "Implementation => drop-in replacement of the bundled module" <<< "$info" &&
		grep -qx "Version => $VERSION" <<< "$info"
}
# Everything the package may touch: files, links and checksums of the
# extension directory and PHP's configuration, and the diversions.
state() {
	(find "$EXT_DIR" "/etc/php/$PHP_V" -printf '%p -> %l\n' | sort
	 md5sum "$EXT_DIR"/sockets.so*; dpkg-divert --list | sort) 2>&1
}
apt_install() { apt-get install -y -q "$1"; }

BEFORE=$(state)

echo "-- install"
check "apt install ./$(basename "$DEB")" apt_install "$DEB"
check "installed" installed
check "sockets.so diverted by $PACKAGE" diverted_by "$PACKAGE"
check "the bundled module kept unchanged as sockets.so.bundled" md5_is "$SO.bundled" "$BUNDLED_MD5"
check "sockets.so is the packaged module" md5_is "$SO" "$OURS_MD5"
check "plain $PHP loads ours" loads ours
check "$PHP --ri sockets shows Implementation and Version => $VERSION" ri_shows_ours
check "-n -d extension=sockets.so.bundled loads the bundled module" \
	sh -c "cd / && $PHP -n -d extension=sockets.so.bundled -r 'echo function_exists(\"socket_create\") && !function_exists(\"socket_iovec_alloc\") ? \"bundled\" : \"other\";' | grep -qx bundled"

echo "-- the phpt suite against the installed module (-n -d extension=sockets)"
RUN_TESTS=/usr/lib/php/$API/build/run-tests.php
run_phpt() {
	copy_tree "$WORK/tree"
	cd "$WORK/tree" || return 1
	"$PHP" -n "$RUN_TESTS" -q --no-color -j2 -p "$(command -v "$PHP")" -n -d extension=sockets \
		--show-diff tests/phpt > "$WORK/phpt.log" 2>&1
	cd "$ROOT" || return 1
	grep -E "^Tests (passed|failed|skipped|warned|borked|leaked)" "$WORK/phpt.log"
	sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$WORK/phpt.log" | head -40
	for d in "$WORK"/tree/tests/phpt/*.diff; do
		[ -e "$d" ] && { echo "  ${d##*/}:"; head -12 "$d"; }
	done
	! grep -qE "^Tests (failed|warned|borked|leaked) *: *[1-9]" "$WORK/phpt.log" &&
		grep -qE "^Tests passed *: *[1-9]" "$WORK/phpt.log"
}
if [ -f "$RUN_TESTS" ]; then
	check "run-tests.php tests/phpt: 0 failed" run_phpt
	sed -n 's/^\(Tests \(passed\|failed\|skipped\)\) *: *\([0-9]*\).*/     \1: \3/p' "$WORK/phpt.log"
else
	check "run-tests.php of php$PHP_V-dev is there ($RUN_TESTS)" false
fi

echo "-- reinstall over itself, and a reinstall of $COMMON"
check "apt install --reinstall ./$(basename "$DEB")" apt-get install -y -q --reinstall "$DEB"
check "still diverted by $PACKAGE, ours in place, the bundled one kept" \
	sh -c "$(declare -f md5_is diverted_by); SO=$SO; diverted_by $PACKAGE && md5_is $SO $OURS_MD5 && md5_is $SO.bundled $BUNDLED_MD5"
CDEB=$(common_deb)
if [ -n "$CDEB" ]; then
	check "dpkg -i $(basename "$CDEB") (reinstall of $COMMON)" dpkg -i "$CDEB"
	check "after it: sockets.so still ours" md5_is "$SO" "$OURS_MD5"
	check "after it: the bundled module written to sockets.so.bundled" md5_is "$SO.bundled" "$BUNDLED_MD5"
	check "after it: still diverted by $PACKAGE" diverted_by "$PACKAGE"
	check "after it: plain $PHP loads ours" loads ours
else
	check "the .deb of $COMMON (apt cache or apt-get download)" false
fi

echo "-- remove"
check "apt remove $PACKAGE" apt-get remove -y -q "$PACKAGE"
check "not installed" not_installed
check "no diversion of sockets.so" not_diverted
check "sockets.so is the bundled module again, byte for byte" md5_is "$SO" "$BUNDLED_MD5"
check "no sockets.so.bundled left" test ! -e "$SO.bundled"
check "plain $PHP loads the bundled module" loads bundled
check "files, links, checksums and diversions as before" diff <(echo "$BEFORE") <(state)

echo "-- purge"
check "apt install, then dpkg --purge" sh -c "apt-get install -y -q '$DEB' && dpkg --purge $PACKAGE"
check "after purge: as before" diff <(echo "$BEFORE") <(state)

echo "-- bad input: sockets.so diverted by another package"
dpkg-divert --package php-sockets-other --add --no-rename --divert "$SO.other" "$SO" > /dev/null
refused() { # what the message must name
	! apt_install "$DEB" > "$WORK/refusal" 2>&1 || { cat "$WORK/refusal"; return 1; }
	cat "$WORK/refusal"
	grep -qF "$SO is already diverted, by $1" "$WORK/refusal" && grep -q "nothing was changed" "$WORK/refusal"
}
AS_IS=$(state)
check "install refuses, naming php-sockets-other" refused "the package php-sockets-other"
check "not installed" not_installed
check "diversions, files and checksums unchanged" diff <(echo "$AS_IS") <(state)
dpkg-divert --package php-sockets-other --remove --no-rename --divert "$SO.other" "$SO" > /dev/null

echo "-- bad input: a local diversion (as scripts/install.sh makes)"
dpkg-divert --local --add --no-rename --divert "$SO.bundled" "$SO" > /dev/null
AS_IS=$(state)
check "install refuses, naming the local diversion" refused "a local diversion"
check "not installed" not_installed
check "diversions, files and checksums unchanged" diff <(echo "$AS_IS") <(state)
dpkg-divert --local --remove --no-rename "$SO" > /dev/null
check "back to the state before" diff <(echo "$BEFORE") <(state)

echo "-- bad input: removal with the bundled module's file missing"
if [ -n "$CDEB" ]; then
	# Kept aside: the second case below empties apt's cache.
	cp "$CDEB" "$WORK/common.deb"; CDEB=$WORK/common.deb
	cached=/var/cache/apt/archives/${COMMON}_$(dpkg-deb -f "$CDEB" Version | sed 's/:/%3a/')_$(dpkg-deb -f "$CDEB" Architecture).deb
	[ -e "$cached" ] || cp "$CDEB" "$cached"
	check "with $COMMON's .deb in apt's cache: apt install" apt_install "$DEB"
	rm -f "$SO.bundled"
	check "apt remove restores the bundled module from the cached .deb" \
		sh -c "apt-get remove -y -q $PACKAGE 2>&1 | tee /dev/stderr | grep -q 'was missing: restored from'"
	check "sockets.so is the bundled module, byte for byte" md5_is "$SO" "$BUNDLED_MD5"
	check "files, links, checksums and diversions as before" diff <(echo "$BEFORE") <(state)
fi
rm -f /var/cache/apt/archives/"${COMMON}"_*.deb
check "without it: apt install" apt_install "$DEB"
rm -f "$SO.bundled"
check "apt remove succeeds and says how to get the file back" \
	sh -c "apt-get remove -y -q $PACKAGE 2>&1 | tee /dev/stderr | grep -q 'apt-get install --reinstall $COMMON'"
check "no diversion left: dpkg knows sockets.so as $COMMON's" \
	sh -c "[ -z \"\$(dpkg-divert --listpackage $SO)\" ] && dpkg -S $SO | grep -q '^$COMMON:'"
if [ -n "$CDEB" ]; then
	check "reinstalling $COMMON brings the bundled module back" sh -c "dpkg -i '$CDEB' && md5sum < $SO | grep -q $BUNDLED_MD5"
	check "files, links, checksums and diversions as before" diff <(echo "$BEFORE") <(state)
fi

finish
