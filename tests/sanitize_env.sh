# Sourced (from the repository root) by tests/run.sh, tests/hostile_args.sh
# and the load tests when SOCKETS_SANITIZE=1: checks that the sanitizer
# runtimes are there, builds the dlopen shim, and sets PSOCK_SAN_ENV, the
# environment (NAME=value words for env) under which the stock, uninstrumented
# php binary runs an ASan+UBSan build of the module.
#
# Why each piece:
# - LD_PRELOAD puts libasan first in the process, as ASan demands; the shim
#   comes before it because PHP dlopen()s extensions with RTLD_DEEPBIND,
#   which ASan refuses, and the shim's dlopen() drops that flag. ASan then
#   sees the shim ahead of itself, hence verify_asan_link_order=0.
# - USE_ZEND_ALLOC=0 makes emalloc() call malloc(), so every Zend allocation
#   is a checked one and LeakSanitizer sees it; ZEND_DONT_UNLOAD_MODULES=1
#   keeps the module mapped at exit so leak stacks keep their symbols.
# - fast_unwind_on_malloc=0: the php binary has no frame pointers, so the
#   fast unwinder stops at __zend_malloc and every leak would look alike;
#   the slow one gives the whole stack, which says whose leak it is and lets
#   tests/lsan.supp name PHP's own leaks precisely. It makes every
#   allocation some 20 times slower, though: PSOCK_SAN_FAST=1 keeps the
#   fast unwinder, for long runs (tests/hostile_args.sh) that are rerun with
#   full stacks only when a leak shows.
# - halt_on_error: the first memory error ends the test, whose output then
#   differs from the expected one, so the test fails.
psock_libasan=$(cc -print-file-name=libasan.so)
psock_libubsan=$(cc -print-file-name=libubsan.so)
if [ ! -e "$psock_libasan" ] || [ ! -e "$psock_libubsan" ]; then
	# cc prints the bare name when it has no such file: the gcc runtime
	# development package brings both.
	psock_gccv=$(cc -dumpversion | cut -d. -f1)	# 12 on Debian 12, 14 on 13
	echo "installing the sanitizer runtimes (libgcc-$psock_gccv-dev)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "libgcc-$psock_gccv-dev" >/dev/null
	unset psock_gccv
	psock_libasan=$(cc -print-file-name=libasan.so)
	psock_libubsan=$(cc -print-file-name=libubsan.so)
	if [ ! -e "$psock_libasan" ] || [ ! -e "$psock_libubsan" ]; then
		echo "no libasan.so/libubsan.so for $(command -v cc)" >&2
		return 1
	fi
fi
mkdir -p tests/build
if [ ! -f tests/build/dlopen_shim.so ] || [ tests/dlopen_shim.c -nt tests/build/dlopen_shim.so ]; then
	cc -shared -fPIC -O2 -o tests/build/dlopen_shim.so tests/dlopen_shim.c -ldl || return 1
fi
psock_unwind=fast_unwind_on_malloc=0:malloc_context_size=40
[ -n "${PSOCK_SAN_FAST:-}" ] && psock_unwind=fast_unwind_on_malloc=1
PSOCK_SAN_ENV=(
	USE_ZEND_ALLOC=0
	ZEND_DONT_UNLOAD_MODULES=1
	LD_PRELOAD="$PWD/tests/build/dlopen_shim.so $psock_libasan $psock_libubsan"
	ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:halt_on_error=1:$psock_unwind:detect_stack_use_after_return=0
	LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
)
unset psock_libasan psock_libubsan psock_unwind
