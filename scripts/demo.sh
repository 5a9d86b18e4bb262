#!/bin/bash
# Builds the module and runs the demo: an echo server on socket_listen() with
# three clients, all on loopback; it prints what happens and exits by itself.
set -e
cd "$(dirname "$0")/.."
. scripts/ensure_deps.sh
scripts/build.sh
exec php -n -d extension="$PWD/modules/sockets.so" examples/echo_server.php
