#!/bin/bash
# A Debian chroot per PHP version, for building and testing this module on a
# PHP the machine does not have. PHP 8.2 is Debian 12's own (the machine
# itself, no chroot); 8.4 is Debian 13 (trixie); 8.5 is sid with
# experimental added (php8.5* pinned to experimental, php-common to sid,
# whose experimental version Breaks every php8.X-common).
#
#   scripts/chroot.sh ensure 8.4        make the chroot or reuse it, install what is missing
#   scripts/chroot.sh copy 8.4 DIR      put a clean copy of the tree (tracked files) at DIR inside it
#   scripts/chroot.sh run 8.4 CMD...    run CMD inside, with /proc, /dev and /sys mounted in a
#                                       private mount namespace (gone when CMD ends)
#   scripts/chroot.sh path 8.4          print where it is
#   scripts/chroot.sh remove 8.4        delete it (the next ensure makes it again)
#
# The chroots live in /var/lib/psock-chroots/<suite> (PSOCK_CHROOTS moves
# them). A chroot is reused when its stamp file names the same suite and
# every package the tests need is installed; the stamp records the versions
# of the PHP packages, which the test command prints. Making one takes
# debootstrap (installed when missing) and the Debian mirror named in the
# machine's apt sources (PSOCK_MIRROR overrides it): about 3 minutes for
# the base system, 2 more for PHP.
# Needs root. On failure prints one line "cannot ...: why" on stderr and
# exits non-zero.
set -u
CHROOTS=${PSOCK_CHROOTS:-/var/lib/psock-chroots}
HERE=$(cd "$(dirname "$0")/.." && pwd)

die() { echo "cannot $*" >&2; exit 1; }

suite_of() { # PHP version -> Debian suite
	case "$1" in
	8.4) echo trixie ;;
	8.5) echo sid ;;
	*) return 1 ;;
	esac
}

# The packages the test command needs in the chroot: that PHP's CLI and
# development files, a compiler (gcc brings libasan/libubsan for the ASan
# stage), PEAR and XML for package.xml's validation, unshare(1) for the
# install test, xz for php-src's source tarball.
packages_of() {
	echo "php$1-cli php$1-dev php$1-xml php-pear gcc libc6-dev make util-linux mount xz-utils"
}

# The Debian mirror the machine's apt sources name (the first one that is
# not the security archive), as debootstrap wants it.
mirror() {
	local m
	[ -n "${PSOCK_MIRROR:-}" ] && { echo "$PSOCK_MIRROR"; return; }
	m=$(cat /etc/apt/sources.list.d/*.sources 2> /dev/null | sed -n 's/^URIs: *\([^ ]*\).*/\1/p' |
		grep -v -e security -e '^https://.*google' -e nodesource | grep '/debian/*$' | head -1)
	[ -z "$m" ] && m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2> /dev/null |
		sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\) .*/\2/p' | grep -v security | grep '/debian/*$' | head -1)
	echo "${m:-http://deb.debian.org/debian}"
}

# Runs "$@" inside chroot $1 in a private mount namespace: the mounts made
# for it disappear with the namespace, so nothing is left mounted behind and
# two runs never share (or unmount) each other's mounts.
in_root() {
	local root=$1; shift
	cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true
	# debootstrap writes no /etc/hosts: without one, "localhost" would be
	# asked of DNS (tests look it up, and must stay on the machine).
	[ -s "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
	unshare --mount --propagation private /bin/bash -c '
		root=$1; shift
		# The root a mount point of its own: a process inside may then make
		# a private mount namespace again (tests/install_test.sh does).
		mount --bind "$root" "$root" &&
		mount -t proc proc "$root/proc" &&
		mount --rbind /dev "$root/dev" &&
		mount --rbind /sys "$root/sys" || { echo "cannot mount /proc, /dev, /sys in $root" >&2; exit 125; }
		exec chroot "$root" /usr/bin/env -u LD_PRELOAD -u PSOCK_PHP_CONFIG -u PSOCK_PHP_VERSION HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"' \
		in_root "$root" "$@"
}

apt_in() { # root, apt-get arguments
	local root=$1; shift
	in_root "$root" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=900 \
		-o Acquire::Check-Valid-Until=false "$@"
}

missing_packages() { # root, packages...: prints those not installed
	local root=$1; shift
	local p
	for p in "$@"; do
		in_root "$root" dpkg-query -W -f '${Status}\n' "$p" 2> /dev/null | grep -q "install ok installed" || echo "$p"
	done
}

ensure() {
	local v=$1 suite root log mirror_url stamp missing
	suite=$(suite_of "$v") || die "test PHP $v: no Debian suite packages it (8.2 is the machine's own; 8.4 trixie; 8.5 sid+experimental)"
	[ "$(id -u)" -eq 0 ] || die "test PHP $v: making or entering its chroot needs root"
	root=$CHROOTS/$suite
	stamp=$root/etc/psock-chroot
	log=$CHROOTS/$suite.log
	mkdir -p "$CHROOTS"
	exec 9> "$CHROOTS/$suite.lock"
	flock 9	# one run at a time makes or changes a chroot

	if [ -f "$stamp" ] && grep -qx "suite=$suite" "$stamp" && [ -z "$(missing_packages "$root" $(packages_of "$v"))" ]; then
		echo "reusing $root: $(grep '^php' "$stamp" | tr '\n' ' ')"
		return 0
	fi
	if [ ! -x "$root/usr/bin/apt-get" ] || [ ! -x "$root/usr/bin/dpkg" ]; then
		# No chroot, or a debootstrap that stopped half way.
		if ! command -v debootstrap > /dev/null; then
			echo "installing debootstrap"
			{ DEBIAN_FRONTEND=noninteractive apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q -y install debootstrap; } \
				> "$CHROOTS/debootstrap-install.log" 2>&1 ||
				die "test PHP $v: debootstrap is missing and apt-get could not install it (see $CHROOTS/debootstrap-install.log)"
		fi
		mirror_url=$(mirror)
		echo "making $root: debootstrap --variant=minbase $suite from $mirror_url (about 3 minutes; log in $log)"
		if grep -q " $root/" /proc/mounts; then
			die "test PHP $v: $root is an unfinished chroot with something mounted inside ($(grep -o " $root/[^ ]*" /proc/mounts | tr '\n' ' ')); unmount it first"
		fi
		rm -rf --one-file-system "$root"
		debootstrap --variant=minbase "$suite" "$root" "$mirror_url" > "$log" 2>&1 ||
			die "test PHP $v: debootstrap of $suite from $mirror_url failed (mirror unreachable?): $(grep -E '^E:' "$log" | tail -1) (log: $log)"
	fi
	mirror_url=$(mirror)
	if [ "$suite" = sid ]; then
		# PHP 8.5 is in experimental only.
		printf 'deb %s sid main\ndeb %s experimental main\n' "$mirror_url" "$mirror_url" > "$root/etc/apt/sources.list"
		mkdir -p "$root/etc/apt/preferences.d"
		printf '%s\n' "Package: php-common" "Pin: release a=unstable" "Pin-Priority: 1001" "" \
			"Package: php8.5*" "Pin: release a=experimental" "Pin-Priority: 990" > "$root/etc/apt/preferences.d/php85"
	fi
	missing=$(missing_packages "$root" $(packages_of "$v"))
	if [ -n "$missing" ]; then
		echo "installing in $root: $(echo $missing) (log in $CHROOTS/$suite-php.log)"
		# sid's and experimental's Release files on the mirror may be past
		# their Valid-Until date: apt_in tells apt not to mind.
		{ apt_in "$root" update && apt_in "$root" install --no-install-recommends $missing; } > "$CHROOTS/$suite-php.log" 2>&1 ||
			die "test PHP $v: apt-get in $root failed: $(grep -E '^E:' "$CHROOTS/$suite-php.log" | tail -1) (log: $CHROOTS/$suite-php.log)"
	fi
	{
		echo "suite=$suite"
		in_root "$root" dpkg-query -W -f '${Package}=${Version}\n' "php$v-cli" "php$v-dev" gcc
	} > "$stamp.new" && mv "$stamp.new" "$stamp"
	echo "ready $root: $(grep '^php' "$stamp" | tr '\n' ' ')"
}

# Copies the tree's tracked files (and new files not ignored yet, for a
# developer) into the chroot: each version builds in its own copy, so the
# phpize files of one never meet another's. The list of files goes along
# as .psock-files, for the scripts that copy the tree again without git.
copy_tree() {
	local v=$1 dest=$2 suite root list
	suite=$(suite_of "$v") || die "copy the tree: no chroot for PHP $v"
	root=$CHROOTS/$suite
	list=$(mktemp)
	(cd "$HERE" && bash scripts/tree_files.sh) > "$list" || die "list the tree's files"
	rm -rf "${root:?}$dest"
	mkdir -p "$root$dest"
	(cd "$HERE" && tr '\n' '\0' < "$list" | tar --null -cf - -T -) | tar -xf - -C "$root$dest" ||
		{ rm -f "$list"; die "copy the tree into $root$dest"; }
	cp "$list" "$root$dest/.psock-files"
	rm -f "$list"
}

cmd=${1:-}; v=${2:-}
[ -n "$cmd" ] && [ -n "$v" ] || { sed -n 's/^#   \(scripts\/chroot.sh\)/  \1/p; s/^#    *\(  [a-z].*\)/\1/p' "$0" | head -7; exit 2; }
case "$cmd" in
ensure) ensure "$v" ;;
path) echo "$CHROOTS/$(suite_of "$v" || die "no chroot for PHP $v")" ;;
copy) copy_tree "$v" "${3:?copy needs a directory}" ;;
run)
	shift 2
	suite=$(suite_of "$v") || die "run in PHP $v's chroot: none"
	[ -f "$CHROOTS/$suite/etc/psock-chroot" ] || die "run in $CHROOTS/$suite: not made yet (scripts/chroot.sh ensure $v)"
	in_root "$CHROOTS/$suite" "$@"
	;;
remove)
	suite=$(suite_of "$v") || die "remove: no chroot for PHP $v"
	if grep -q " $CHROOTS/$suite/" /proc/mounts; then
		die "remove $CHROOTS/$suite: something is mounted inside it: $(grep -o " $CHROOTS/$suite/[^ ]*" /proc/mounts | tr '\n' ' ')"
	fi
	rm -rf --one-file-system "${CHROOTS:?}/$suite" "$CHROOTS/$suite.log" "$CHROOTS/$suite-php.log"
	;;
*) die "do '$cmd': unknown command (ensure, copy, run, path, remove)" ;;
esac
