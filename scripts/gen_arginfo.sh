#!/bin/sh
# Regenerates sockets_arginfo.h from sockets.stub.php with PHP's own gen_stub.php.
# gen_stub.php wants PHP-Parser 4.15.1 beside itself and tries to download it;
# Debian's php-parser package has it, so point the expected directory there.
set -e
BUILD=$(php-config --prefix)/lib/php/build
[ -f "$BUILD/gen_stub.php" ] || BUILD=/usr/lib/php/20220829/build
if [ ! -e "$BUILD/PHP-Parser-4.15.1/lib/PhpParser" ]; then
    command -v apt-get >/dev/null && [ -d /usr/share/php/PhpParser ] || apt-get install -y php-parser >/dev/null
    mkdir -p "$BUILD/PHP-Parser-4.15.1/lib"
    ln -sfn /usr/share/php/PhpParser "$BUILD/PHP-Parser-4.15.1/lib/PhpParser"
fi
cd "$(dirname "$0")/.."
php -n -d extension=tokenizer "$BUILD/gen_stub.php" -f sockets.stub.php
