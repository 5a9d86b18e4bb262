#!/bin/bash
# Removes this module and puts PHP's bundled sockets module back, the
# reverse of scripts/install.sh (docs/install.md, "Going back"). Run it as
# root; running it again changes nothing. --php 8.4 (as for install.sh)
# chooses the PHP.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install_common.sh "$@"

[ "$(id -u)" -eq 0 ] || die "run this as root: it writes into $EXT_DIR"

step "1. ini files"
disable_modules

step "2. put the bundled files back"
status=0
for f in "$MODULE" "$HEADER"; do
	restore_bundled "$f" || status=1
done

step "3. check"
if [ ! -e "$MODULE" ]; then
	echo "  no sockets module installed"
elif is_ours "$MODULE"; then
	die "$MODULE is still ours"
else
	loaded=$("$PHP" -r 'echo extension_loaded("sockets") ? (function_exists("socket_iovec_alloc") ? "ours" : "the bundled one") : "no sockets module";')
	echo "  php loads $loaded"
	[ "$loaded" != ours ] || die "php still loads ours"
fi
exit $status
