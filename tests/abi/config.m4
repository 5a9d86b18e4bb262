dnl A second extension that uses the sockets module's C interface, the way a
dnl PECL extension does: it includes ext/sockets/php_sockets.h and links to
dnl the symbols the sockets module exports. tests/abi/run.sh builds it
dnl against each header and loads it next to each module.

PHP_ARG_ENABLE([sockets-abi-probe],
  [whether to enable the sockets ABI probe],
  [AS_HELP_STRING([--enable-sockets-abi-probe], [Enable the sockets ABI probe])],
  [yes])

if test "$PHP_SOCKETS_ABI_PROBE" != "no"; then
  PHP_NEW_EXTENSION(sockets_abi_probe, sockets_abi_probe.c, $ext_shared,, -Wall -Wextra -Wno-unused-parameter)
  PHP_ADD_EXTENSION_DEP(sockets_abi_probe, sockets)
fi
