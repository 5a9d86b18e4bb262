dnl The sockets module: a drop-in replacement for PHP's bundled ext/sockets.

PHP_ARG_ENABLE([sockets],
  [whether to enable the sockets module],
  [AS_HELP_STRING([--enable-sockets], [Enable the sockets module])],
  [yes])

PHP_ARG_ENABLE([sockets-sanitize],
  [whether to build with AddressSanitizer and UndefinedBehaviorSanitizer],
  [AS_HELP_STRING([--enable-sockets-sanitize], [Build with -fsanitize=address,undefined (tests only)])],
  [no], [no])

if test "$PHP_SOCKETS" != "no"; then
  AC_DEFINE([HAVE_SOCKETS], 1, [Whether the sockets module is built])

  PSOCK_CORE="src/core/addr.c src/core/errors.c src/core/linebuf.c src/core/sockopt.c \
    src/core/cmsg.c src/core/iov.c src/core/pollset.c src/core/epollset.c"
  PSOCK_PHP="src/php/module.c src/php/socket_object.c src/php/errors.c src/php/lifecycle.c \
    src/php/io.c src/php/options.c src/php/select.c src/php/msg.c src/php/msg_convert.c src/php/addrinfo.c \
    src/php/streams.c src/php/iovec.c"

  PSOCK_CFLAGS="-Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -fvisibility=hidden"
  if test "$PHP_SOCKETS_SANITIZE" != "no"; then
    PSOCK_CFLAGS="$PSOCK_CFLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -g -O1"
    PHP_ADD_LIBRARY(asan, 1, SOCKETS_SHARED_LIBADD)
    PHP_ADD_LIBRARY(ubsan, 1, SOCKETS_SHARED_LIBADD)
  fi

  PHP_NEW_EXTENSION(sockets, $PSOCK_CORE $PSOCK_PHP, $ext_shared,, $PSOCK_CFLAGS)
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
  PHP_SUBST(SOCKETS_SHARED_LIBADD)
  PHP_INSTALL_HEADERS([ext/sockets], [php_sockets.h])
fi
