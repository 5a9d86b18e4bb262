#!/bin/bash
# Builds the Debian package of this module for one PHP version:
#
#   php8.X-sockets-complete_<version>_<arch>.deb
#
# with dpkg-deb alone (no network, no debhelper). The package puts the module
# in that PHP's extension directory as sockets.so, in place of the bundled
# one, which its preinst sets aside with dpkg-divert (to sockets.so.bundled)
# and its postrm puts back; PHP's own mods-available/sockets.ini, which names
# sockets.so, then loads ours. It depends on exactly the PHP module API it was
# built for (phpapi-YYYYMMDD). The version is PSOCK_VERSION of php_sockets.h;
# packaging/debian/changelog must have an entry for it. docs/install.md tells
# how to install and remove it.
#
#   scripts/build-deb.sh                      for the PHP that php-config names
#   scripts/build-deb.sh --php 8.4            for PHP 8.4 (php-config8.4, php8.4-dev)
#   scripts/build-deb.sh --out DIR            writes the .deb there (default: the current directory)
#   scripts/build-deb.sh --chroot DIR --php 8.4
#                                             builds inside the Debian chroot DIR (as root),
#                                             from a copy of this tree, and copies the .deb out
#   scripts/build-deb.sh --lintian            runs lintian on the result (apt-get install lintian)
#
# The build happens in a fresh copy of the tracked files, so this tree's own
# build (maybe with the sanitizers) neither leaks in nor is disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PHP_V=
OUT=$PWD
CHROOT=
LINTIAN=
while [ $# -gt 0 ]; do
	case "$1" in
	--php) PHP_V=${2:?--php needs a version, like 8.4}; shift 2 ;;
	--php=*) PHP_V=${1#--php=}; shift ;;
	--out) OUT=${2:?--out needs a directory}; shift 2 ;;
	--out=*) OUT=${1#--out=}; shift ;;
	--chroot) CHROOT=${2:?--chroot needs a directory}; shift 2 ;;
	--chroot=*) CHROOT=${1#--chroot=}; shift ;;
	--lintian) LINTIAN=1; shift ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "build-deb.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
die() { echo "build-deb.sh: $*" >&2; exit 1; }
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# The tracked files (with those not committed yet, for a developer), or
# everything when this is an unpacked tarball, copied to directory $1.
copy_tree() {
	mkdir -p "$1"
	if git -C "$ROOT" rev-parse --show-toplevel > /dev/null 2>&1; then
		(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
			xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
			tar --null -cf - -T -) | tar -xf - -C "$1"
	else
		# An unpacked tarball maybe built in place: leave its objects out,
		# so that make rebuilds everything with this script's flags.
		(cd "$ROOT" && tar --exclude='*.o' --exclude='*.lo' --exclude='*.la' --exclude='*.so' \
			--exclude='*.dep' --exclude=.libs --exclude=./modules -cf - .) | tar -xf - -C "$1"
	fi
}

if [ -n "$CHROOT" ]; then
	[ "$(id -u)" -eq 0 ] || die "--chroot needs root"
	[ -x "$CHROOT/bin/sh" ] || die "$CHROOT is not a chroot (no bin/sh)"
	[ -e "$CHROOT/proc/self" ] || die "$CHROOT/proc is not mounted: mount -t proc proc $CHROOT/proc"
	inside=$(mktemp -d "$CHROOT/root/sockets-complete-deb.XXXXXX")
	trap 'rm -rf "$inside"' EXIT
	copy_tree "$inside/src"
	mkdir "$inside/out"
	rel=/root/$(basename "$inside")
	args=(--out "$rel/out")
	[ -n "$PHP_V" ] && args+=(--php "$PHP_V")
	[ -n "$LINTIAN" ] && args+=(--lintian)
	rc=0
	chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
		bash "$rel/src/scripts/build-deb.sh" "${args[@]}" || rc=$?
	for f in "$inside"/out/*.deb; do
		[ -e "$f" ] || continue
		cp "$f" "$OUT/"
		echo "copied out of the chroot: $OUT/$(basename "$f")"
	done
	exit $rc
fi

# Which PHP: php-configX.Y for --php X.Y, else php-config on PATH.
if [ -n "$PHP_V" ]; then
	[[ "$PHP_V" =~ ^[0-9]+\.[0-9]+$ ]] || die "--php takes a version like 8.4, not '$PHP_V'"
	PHP_CONFIG=php-config$PHP_V
	PHPIZE=phpize$PHP_V
	command -v "$PHP_CONFIG" > /dev/null && command -v "$PHPIZE" > /dev/null ||
		die "PHP $PHP_V's development files are not installed (no $PHP_CONFIG): apt-get install php$PHP_V-dev (Debian 12 has PHP 8.2, Debian 13 'trixie' 8.4, sid 8.5)"
else
	PHP_CONFIG=php-config
	PHPIZE=phpize
	command -v "$PHP_CONFIG" > /dev/null ||
		die "no php-config: install PHP's development files (Debian 12: apt-get install php8.2-dev), or name a version with --php"
	PHP_V=$($PHP_CONFIG --version | cut -d. -f1,2)
	command -v "phpize$PHP_V" > /dev/null && PHPIZE=phpize$PHP_V
fi
PHP_BIN=$($PHP_CONFIG --php-binary)
[ -x "$PHP_BIN" ] || die "$PHP_BIN (PHP $PHP_V's CLI) is missing: apt-get install php$PHP_V-cli"
PHPAPI=$($PHP_CONFIG --phpapi)
EXT_DIR=$($PHP_CONFIG --extension-dir)
command -v dpkg-deb > /dev/null || die "dpkg-deb is missing: this builds Debian packages (apt-get install dpkg)"

VERSION=$(sed -n 's/^#define PSOCK_VERSION "\([^"]*\)"$/\1/p' php_sockets.h)
[ -n "$VERSION" ] || die "no PSOCK_VERSION in php_sockets.h"
CHANGELOG_VERSION=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' packaging/debian/changelog)
[ "$CHANGELOG_VERSION" = "$VERSION" ] ||
	die "packaging/debian/changelog's last entry is $CHANGELOG_VERSION, php_sockets.h says $VERSION: add an entry for $VERSION"
ARCH=$(dpkg --print-architecture)
PACKAGE=php$PHP_V-sockets-complete
# The package that ships PHP's bundled sockets.so and its sockets.ini.
BUNDLED_PACKAGE=php$PHP_V-common
MODULE=$EXT_DIR/sockets.so
DEB=$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb

WORK=$(mktemp -d /tmp/sockets-complete-deb.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "== building the module for PHP $PHP_V (module API $PHPAPI) in a copy of the tree"
copy_tree "$WORK/src"
# Debian's hardening flags, all of them (bindnow too), as a package build
# would use them; asked for in the build directory, so that its name is
# mapped out of the module's debugging information. phpize's configure
# sets CPPFLAGS itself, so the preprocessor's flags (_FORTIFY_SOURCE) go
# in with CFLAGS.
if command -v dpkg-buildflags > /dev/null; then
	flags() { (cd "$WORK/src" && DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"); }
	CFLAGS="$(flags CFLAGS) $(flags CPPFLAGS)"
	LDFLAGS=$(flags LDFLAGS)
else
	CFLAGS="-g -O2 -fstack-protector-strong -Wformat -Werror=format-security -D_FORTIFY_SOURCE=2 -ffile-prefix-map=$WORK/src=."
	LDFLAGS="-Wl,-z,relro -Wl,-z,now"
fi
(
	cd "$WORK/src"
	"$PHPIZE" > "$WORK/build.log" 2>&1
	CFLAGS="$CFLAGS" LDFLAGS="$LDFLAGS" \
		./configure --with-php-config="$(command -v "$PHP_CONFIG")" >> "$WORK/build.log" 2>&1
	make -j"$(nproc)" >> "$WORK/build.log" 2>&1
) || { tail -30 "$WORK/build.log" >&2; die "the build failed (above: the end of its log)"; }
SO=$WORK/src/modules/sockets.so
[ -f "$SO" ] || die "make did not produce modules/sockets.so"

# The module must load in that PHP and report this version.
info=$("$PHP_BIN" -n -d extension="$SO" --ri sockets 2>&1) || true
grep -qx "Version => $VERSION" <<< "$info" ||
	{ echo "$info" >&2; die "the module built does not load in $PHP_BIN, or does not report version $VERSION"; }

echo "== packaging $PACKAGE $VERSION"
STAGE=$WORK/stage
DOC=$STAGE/usr/share/doc/$PACKAGE
install -d "$STAGE/DEBIAN" "$STAGE$EXT_DIR" "$DOC"
install -m 644 "$SO" "$STAGE$MODULE"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$STAGE$MODULE"
install -m 644 packaging/debian/copyright "$DOC/copyright"
gzip -9n < packaging/debian/changelog > "$DOC/changelog.gz"
chmod 644 "$DOC/changelog.gz"
install -d "$STAGE/usr/share/lintian/overrides"
sed "s/@PACKAGE@/$PACKAGE/g" packaging/debian/lintian-overrides.in > "$STAGE/usr/share/lintian/overrides/$PACKAGE"
chmod 644 "$STAGE/usr/share/lintian/overrides/$PACKAGE"
for script in preinst postinst postrm; do
	sed -e "s|@PACKAGE@|$PACKAGE|g" -e "s|@MODULE@|$MODULE|g" -e "s|@PHP_VERSION@|$PHP_V|g" \
		-e "s|@BUNDLED_PACKAGE@|$BUNDLED_PACKAGE|g" "packaging/debian/$script.in" > "$STAGE/DEBIAN/$script"
	chmod 755 "$STAGE/DEBIAN/$script"
done

# The C library the module links against, as dpkg-shlibdeps says it, or
# from the newest glibc symbol version it uses where dpkg-dev is missing.
if command -v dpkg-shlibdeps > /dev/null; then
	mkdir -p "$WORK/shlibdeps/debian"
	printf 'Source: sockets-complete\n\nPackage: %s\nArchitecture: any\n' "$PACKAGE" > "$WORK/shlibdeps/debian/control"
	SHLIBS=$(cd "$WORK/shlibdeps" && dpkg-shlibdeps -O "$STAGE$MODULE" 2> /dev/null | sed -n 's/^shlibs:Depends=//p')
else
	glibc=$(objdump -T "$STAGE$MODULE" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
	SHLIBS="libc6${glibc:+ (>= $glibc)}"
fi
[ -n "$SHLIBS" ] || die "could not find the module's library dependencies"

cd "$STAGE"
find usr -type f -printf '%P\n' | sort | sed 's|^|usr/|' | xargs md5sum > DEBIAN/md5sums
chmod 644 DEBIAN/md5sums
SIZE=$(du -sk --exclude=DEBIAN . | cut -f1)
cat > DEBIAN/control <<EOF
Package: $PACKAGE
Source: sockets-complete
Version: $VERSION
Architecture: $ARCH
Maintainer: Sockets maintainers <maintainers@users.noreply.r-seed-5f90ab00.example>
Installed-Size: $SIZE
Depends: $SHLIBS, $BUNDLED_PACKAGE, phpapi-$PHPAPI
Section: php
Priority: optional
Description: PHP's sockets extension, complete, for PHP $PHP_V
 A drop-in replacement of the sockets module bundled with PHP $PHP_V: the
 same functions, classes, constants, return values, warnings, error codes
 and C interface, plus the vectored I/O functions (socket_iovec_*,
 socket_readv, socket_writev), socket_select() over any number of sockets,
 PHP_NORMAL_READ without a recv() per byte, and the additions of PHP 8.3
 to 8.5.
 .
 It installs as $MODULE
 in place of the bundled module, which it keeps as sockets.so.bundled
 (dpkg-divert) and puts back when it is removed.
EOF
cd "$ROOT"
# The changelog's date as the files' date, so that two builds of one
# version from the same tree give the same package.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
	SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' packaging/debian/changelog | head -1)" +%s)
fi
export SOURCE_DATE_EPOCH
find "$STAGE" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" > /dev/null
echo "wrote $DEB"
dpkg-deb --info "$DEB" | sed -n 's/^ \(Package\|Version\|Depends\):/  \1:/p'

if [ -n "$LINTIAN" ]; then
	command -v lintian > /dev/null || die "lintian is not installed: apt-get install lintian"
	echo "== lintian"
	lintian --info --display-info --pedantic "$DEB" || true
fi
