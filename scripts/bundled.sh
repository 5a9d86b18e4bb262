# Sourced by the test and bench scripts: where PHP's bundled sockets module
# (the oracle) and its header are, for the PHP whose php-config is
# $PSOCK_PHP_CONFIG (php-config when unset). Usually in their places, as
# `sockets`; scripts/install.sh keeps them as *.bundled when it installs this
# module there (docs/install.md), and then `-d extension=sockets` would load
# ours. BUNDLED_MODULE is an absolute path unless the extension directory is
# the PHP's own default.
psock_pc=${PSOCK_PHP_CONFIG:-php-config}
psock_ext_dir=$("$psock_pc" --extension-dir)
BUNDLED_MODULE=$psock_ext_dir/sockets.so
BUNDLED_HEADER=$("$psock_pc" --include-dir)/ext/sockets/php_sockets.h
[ -e "$psock_ext_dir/sockets.so.bundled" ] && BUNDLED_MODULE=$psock_ext_dir/sockets.so.bundled
[ -e "$BUNDLED_HEADER.bundled" ] && BUNDLED_HEADER=$BUNDLED_HEADER.bundled
unset psock_pc psock_ext_dir
