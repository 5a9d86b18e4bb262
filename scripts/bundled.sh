# Sourced by the test and bench scripts: where PHP's bundled sockets module
# (the oracle) and its header are. Usually in their places, as `sockets`;
# scripts/install.sh keeps them as *.bundled when it installs this module
# there (docs/install.md), and then `-d extension=sockets` would load ours.
BUNDLED_MODULE=sockets
BUNDLED_HEADER=$(php-config --include-dir)/ext/sockets/php_sockets.h
[ -e "$(php-config --extension-dir)/sockets.so.bundled" ] && BUNDLED_MODULE=sockets.so.bundled
[ -e "$BUNDLED_HEADER.bundled" ] && BUNDLED_HEADER=$BUNDLED_HEADER.bundled
