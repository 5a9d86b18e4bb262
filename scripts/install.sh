#!/bin/bash
# Builds this module and installs it in place of PHP's bundled sockets module,
# step for step as docs/install.md describes it. Run it as root from the
# source tree. Running it again rebuilds and reinstalls; scripts/uninstall.sh
# puts the bundled module back.
#
#   scripts/install.sh                    uses php-config and phpize from PATH
#   scripts/install.sh --php 8.4          PHP 8.4: php-config8.4 and phpize8.4 (Debian's names)
#   PHP_CONFIG=/usr/bin/php-config8.2 scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install_common.sh "$@"

[ "$(id -u)" -eq 0 ] || die "run this as root: it writes into $EXT_DIR"
case " $SUPPORTED_PHP " in
*" $PHP_VERSION "*) ;;
*) die "this module builds for PHP $SUPPORTED_PHP; $PHP_CONFIG is PHP $PHP_VERSION" ;;
esac
echo "PHP $($PHP_CONFIG --version) ($PHP): modules in $EXT_DIR$(debian_layout && echo ", ini files in $MODS_AVAILABLE")"

step "1. build: phpize, ./configure, make"
# A build tree configured earlier (say, by scripts/build.sh with the
# sanitizers) keeps objects make would consider current: clean them so the
# installed module is exactly this configuration.
rm -f configure Makefile config.status config.cache	# a build for another PHP: configure anew (not phpize --clean, which deletes tests/*.php)
"$PHPIZE" > /dev/null
./configure --quiet --with-php-config="$PHP_CONFIG"
rm -f .configured	# scripts/build.sh reconfigures for its own flags next time
make -s clean > /dev/null
make -s -j"$(nproc)" > /dev/null
[ -f modules/sockets.so ] || die "make did not produce modules/sockets.so"

step "2. keep the bundled files: $MODULE and $HEADER"
for f in "$MODULE" "$HEADER"; do
	save_bundled "$f"
done

step "3. make install"
make -s install

step "4. enable the module"
enable_modules

step "5. check"
loaded=$("$PHP" -r 'echo function_exists("socket_iovec_alloc") ? "ours" : "the bundled one";')
echo "  php loads $loaded:"
"$PHP" --ri sockets | sed -n 's/^\(Implementation\|Version\) => /  \1: /p'
[ "$loaded" = ours ] || die "php still loads the bundled module (see docs/install.md, Troubleshooting)"
[ -n "${NEED_RESTART:-}" ] && echo "  restart the PHP services that run (php$PHP_VERSION-fpm, apache2) to load it there too"
echo "installed; scripts/uninstall.sh restores the bundled module"
