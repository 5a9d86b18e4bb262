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
  dnl The PHP versions whose bundled module this one replaces, each tested
  dnl against that version's own module. PHP 8.3 is left out on purpose: no
  dnl Debian suite packages it, so nothing here can test it.
  AC_MSG_CHECKING([for a PHP version this module supports])
  if test -n "$PHP_CONFIG"; then
    psock_php_vernum=`$PHP_CONFIG --vernum 2>/dev/null`
  else
    psock_php_vernum=$PHP_VERSION_ID
  fi
  case "$psock_php_vernum" in
    802??|804??|805??) AC_MSG_RESULT([yes, $psock_php_vernum]) ;;
    *)
      AC_MSG_RESULT([no, $psock_php_vernum])
      AC_MSG_ERROR([this sockets module supports PHP 8.2, 8.4 and 8.5 only, and PHP_VERSION_ID is '$psock_php_vernum'. PHP 8.3 is not supported because no Debian suite packages it, so it cannot be tested here; use PHP's bundled sockets module there.])
      ;;
  esac

  AC_DEFINE([HAVE_SOCKETS], 1, [Whether the sockets module is built])

  PSOCK_CORE="src/core/addr.c src/core/errors.c src/core/linebuf.c src/core/sockopt.c \
    src/core/cmsg.c src/core/iov.c src/core/pollset.c src/core/epollset.c"
  PSOCK_PHP="src/php/module.c src/php/socket_object.c src/php/errors.c src/php/lifecycle.c \
    src/php/io.c src/php/options.c src/php/select.c src/php/msg.c src/php/msg_convert.c src/php/convert.c src/php/addrinfo.c \
    src/php/streams.c src/php/iovec.c src/php/compat.c"

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

dnl phpize's configure (phpize.m4: "test -d include || mkdir include") makes an
dnl include/ directory for the headers of an in-tree php-src build; a module
dnl built on its own puts nothing there, so the empty directory goes again.
rmdir include 2>/dev/null
