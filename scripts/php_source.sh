#!/bin/bash
# Prints the path of the upstream source tarball of PHP VERSION as Debian
# packages it (the .orig.tar.* of source package phpVERSION), fetching it
# with `apt-get source --download-only` when it is not cached yet. Run it on
# the system whose PHP it is about: the machine for 8.2, the chroot for 8.4
# and 8.5 (scripts/chroot.sh). It fetches the source of the installed
# version of phpVERSION-cli when the archive still has it, else the newest.
#
#   scripts/php_source.sh 8.4      -> /var/cache/psock-php-src/php8.4/php8.4_8.4.27.orig.tar.xz
#
# The deb-src lines go in a sources list of its own (the system's apt
# configuration is not touched); the cache is /var/cache/psock-php-src
# (PSOCK_SRC_CACHE moves it), so a second run does not fetch again.
# Messages go to stderr; exits non-zero, saying why, when it cannot fetch.
set -u
v=${1:?usage: scripts/php_source.sh VERSION}
cache=${PSOCK_SRC_CACHE:-/var/cache/psock-php-src}/php$v
mkdir -p "$cache/lists/partial" "$cache/apt-cache/archives/partial" || exit 1

installed=$(dpkg-query -W -f '${Version}' "php$v-cli" 2> /dev/null)
upstream=${installed#*:}; upstream=${upstream%-*}	# 2:8.4.27-1 -> 8.4.27
if [ -n "$upstream" ]; then
	for f in "$cache/php${v}_$upstream.orig.tar."*; do
		[ -f "$f" ] && { echo "$f"; exit 0; }
	done
	# An earlier run found the mirror without this version's source and
	# took another one: take it again, without asking the network.
	if [ -f "$cache/for-$installed" ] && [ -f "$(cat "$cache/for-$installed")" ]; then
		cat "$cache/for-$installed"; exit 0
	fi
fi

# The suites whose sources hold phpVERSION, and the mirror the system's apt
# sources name (the security archive beside it).
case "$v" in
8.2) suites="bookworm bookworm-security" ;;
8.4) suites="trixie trixie-security" ;;
8.5) suites="experimental" ;;
*) echo "php_source.sh: no Debian suite packages PHP $v" >&2; exit 1 ;;
esac
mirror=$( (cat /etc/apt/sources.list.d/*.sources 2> /dev/null | sed -n 's/^URIs: *\([^ ]*\).*/\1/p'
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2> /dev/null | sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\) .*/\2/p') |
	grep -v security | grep '/debian/*$' | head -1)
mirror=${mirror:-http://deb.debian.org/debian}; mirror=${mirror%/}
: > "$cache/sources.list"
for s in $suites; do
	case "$s" in
	*-security) echo "deb-src $mirror-security $s main" ;;
	*) echo "deb-src $mirror $s main" ;;
	esac >> "$cache/sources.list"
done
apt_opts=(-o Dir::Etc::SourceList="$cache/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o Dir::State::Lists="$cache/lists" -o Dir::Cache="$cache/apt-cache" -o Acquire::Check-Valid-Until=false)
apt-get -q "${apt_opts[@]}" update > "$cache/update.log" 2>&1 ||
	{ echo "php_source.sh: apt-get update of $(tr '\n' ';' < "$cache/sources.list") failed (see $cache/update.log)" >&2; exit 1; }
cd "$cache" || exit 1
# The installed version first; then every version the sources offer, newest
# first (a mirror may lack the files of one the index still lists).
versions=$( { [ -n "$installed" ] && echo "$installed"
	apt-cache "${apt_opts[@]}" showsrc "php$v" 2> /dev/null | sed -n 's/^Version: //p' | sort -rV; } | awk '!seen[$0]++')
: > "$cache/source.log"
got=
for ver in $versions; do
	if apt-get -q "${apt_opts[@]}" source --download-only "php$v=$ver" >> "$cache/source.log" 2>&1; then
		got=$ver; break
	fi
done
if [ -z "$got" ]; then
	# The mirror's index names versions whose files it does not serve (a
	# snapshot of the archive): look in the pool itself for the newest
	# upstream tarball of the same PHP minor version at or below the
	# installed one (its ext/sockets/tests are that branch's), and say so.
	patch=${upstream##*.}; [ -n "$upstream" ] || patch=60
	for n in $(seq "$patch" -1 0); do
		url="$mirror/pool/main/p/php$v/php${v}_$v.$n.orig.tar.xz"
		if php -n -r '$d = @file_get_contents($argv[1]); if ($d === false || strlen($d) < 1000000) exit(1); file_put_contents($argv[2], $d);' \
				"$url" "$cache/php${v}_$v.$n.orig.tar.xz" 2>> "$cache/source.log"; then
			got=$v.$n-pool
			echo "php_source.sh: the mirror serves no source package of php$v ($(echo $versions)); using the upstream tarball of PHP $v.$n from its pool" >&2
			break
		fi
	done
fi
[ -n "$got" ] || { echo "php_source.sh: apt-get source --download-only php$v failed for every version ($(echo $versions)), and the pool has no php${v}_$v.N.orig.tar.xz; see $cache/source.log" >&2; exit 1; }
[ "$got" = "$installed" ] || [ "${got%-pool}" != "$got" ] || echo "php_source.sh: the source of the installed php$v-cli $installed is not on the mirror; using $got" >&2
upstream=${got#*:}; upstream=${upstream%-*}
f=$(ls "$cache"/php"${v}_$upstream".orig.tar.* 2> /dev/null | grep -v '\.asc$' | head -1)
[ -n "$f" ] || { echo "php_source.sh: no php${v}_$upstream.orig.tar.* in $cache after apt-get source" >&2; exit 1; }
[ -n "$installed" ] && echo "$f" > "$cache/for-$installed"
echo "$f"
