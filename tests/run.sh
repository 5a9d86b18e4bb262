#!/bin/bash
# The test command. For each supported PHP version (8.2 on the machine
# itself, a Debian 12 system; 8.4 and 8.5 each in a Debian chroot made or
# reused by scripts/chroot.sh) it builds the module against that version and
# runs, each stage saying how long it took:
#   unit       the C unit tests of src/core (under ASan+UBSan)
#   phpt       tests/phpt under this module, again under it with each
#              socket_select() backend forced (sockets.select_backend=epoll,
#              =poll), then under that version's bundled module (the
#              oracle); no root needed: the run-tests.php that phpize copies
#              into the build tree writes its files there
#   php-src    that release's own ext/sockets tests (Debian's source package,
#              fetched and cached at run time) under both modules, against the
#              expected failures listed in tests/php-src/expected-<version>.txt
#   abi        a second extension built against both headers, run against
#              both modules (tests/abi/run.sh)
#   docs       every example of docs/ under this module
#   install    scripts/install.sh and uninstall.sh, in a private mount
#              namespace (tests/install_test.sh; SOCKETS_SKIP_INSTALL=1
#              leaves it out)
#   stages     tests/stages/*.sh, one stage each (see tests/stages/README.md)
#   asan       the phpt suite once more against an ASan+UBSan build made in a
#              copy of the tree (SOCKETS_SKIP_SANITIZE=1 leaves it out)
# and ends with one line "N passed, N failed, N skipped" (preceded, when
# something failed, by a line naming each failing stage and run, and where
# its log was kept), exiting non-zero when anything failed. A version that
# cannot be tested (no debootstrap, mirror unreachable) is named with the
# reason and counted as one failure.
#
#   tests/run.sh                      every version, every stage
#   tests/run.sh --php 8.4            one version (repeat --php for several)
#   tests/run.sh tests/phpt/io_*      only these phpt files, on the machine's PHP (add --php for others)
#   tests/run.sh --phpt-only          only the phpt stages
#   SOCKETS_SANITIZE=1 tests/run.sh   the phpt suite against an ASan+UBSan build (this module only)
#   SOCKETS_VALGRIND=1 tests/run.sh   the phpt suite under valgrind (run-tests.php -m; this module only)
#   PSOCK_PHP_CONFIG=/opt/php/bin/php-config tests/run.sh   a PHP of one's own (scripts/zts.sh does this)
# SOCKETS_SKIP_DEB (the Debian package stage), SOCKETS_SKIP_UNIT, SOCKETS_SKIP_PHP_SRC, SOCKETS_SKIP_INSTALL and
# SOCKETS_SKIP_SANITIZE=1 leave those stages out.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD

VERSIONS=(); FILES=(); PHPT_ONLY=
while [ $# -gt 0 ]; do
	case "$1" in
	--php) VERSIONS+=("${2:?--php needs a version: 8.2, 8.4 or 8.5}"); shift ;;
	--php=*) VERSIONS+=("${1#--php=}") ;;
	--phpt-only) PHPT_ONLY=1 ;;
	*) FILES+=("$1") ;;
	esac
	shift
done
SUPPORTED=(8.2 8.4 8.5)
if [ ${#VERSIONS[@]} -eq 0 ]; then
	if [ -n "${PSOCK_PHP_CONFIG:-}" ]; then
		VERSIONS=(custom)
	elif [ ${#FILES[@]} -gt 0 ] || [ -n "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}" ]; then
		VERSIONS=(default)	# a developer's narrow run: the machine's PHP only
	else
		VERSIONS=("${SUPPORTED[@]}")
	fi
fi
# Stages that run the whole suite: not when only some phpt files are named.
WHOLE=1; [ ${#FILES[@]} -gt 0 ] || [ -n "$PHPT_ONLY" ] && WHOLE=
[ ${#FILES[@]} -eq 0 ] && FILES=(tests/phpt)
JOBS=${JOBS:-2}
# Logs of this run only: several runs may go on at once on one machine. They
# are deleted at the end unless a stage failed.
LOGS=$(mktemp -d /tmp/psock-run.XXXXXX)
START=$(date +%s)
. tests/lib.sh

# Runs every stage for the PHP whose php-config is $1, in this tree.
test_here() {
	PHP_CONFIG=$1
	PHP=$("$PHP_CONFIG" --php-binary)
	PHP_VERSION_FULL=$("$PHP_CONFIG" --version)
	PHPV=${PHP_VERSION_FULL%.*}
	export PSOCK_PHP_CONFIG=$PHP_CONFIG	# scripts/build.sh, bundled.sh, tests/abi/run.sh read it
	. scripts/bundled.sh
	MODULE=$ROOT/modules/sockets.so
	TAG="[$PHPV] "
	# Stage logs carry the version: one directory serves several versions.
	LOGP=$LOGS/$PHPV-

	echo "== ${TAG}PHP $PHP_VERSION_FULL ($PHP, $("$PHP" -n -r 'echo PHP_ZTS ? "ZTS" : "NTS";'))"
	stage_begin "build: modules/sockets.so for PHP $PHP_VERSION_FULL with $(basename "$(psock_phpize "$PHP_CONFIG")") (about 15 s)"
	if scripts/build.sh > "${LOGP}build.log" 2>&1; then
		# A compiler warning is a failure: the module builds without one on
		# every supported PHP and compiler.
		local warnings
		warnings=$(grep -c "warning:" "${LOGP}build.log")
		grep -E "warning:|error:" "${LOGP}build.log" | sed 's/^/  /'
		if [ "$warnings" -gt 0 ]; then
			stage_end build 0 1 0 "built, with $warnings compiler warning(s)"
		else
			stage_end build 0 0 0 "built"
		fi
	else
		tail -20 "${LOGP}build.log" | sed 's/^/  /'
		stage_end build 0 1 0 "build failed"
		return
	fi
	# The run-tests.php phpize copied into the tree: it writes
	# run-test-info.php beside itself, which the system's copy under /usr
	# cannot do without root.
	RUN_TESTS=$ROOT/run-tests.php
	[ -f "$RUN_TESTS" ] || RUN_TESTS=$ROOT/build/run-tests.php

	if [ -z "${SOCKETS_SKIP_UNIT:-}" ] && [ -n "$WHOLE" ]; then
		stage_begin "unit: C unit tests of src/core (ASan+UBSan)"
		make -s -C tests/unit run > "${LOGP}unit.log" 2>&1
		read -r up uf < <(sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "${LOGP}unit.log")
		if [ -z "${up:-}" ]; then up=0; uf=1; fi
		[ "$uf" -gt 0 ] && grep -aE "^FAIL|: error:|runtime error|ERROR: (Address|Leak)Sanitizer" "${LOGP}unit.log" | head -20 | sed 's/^/  /'
		stage_end unit "$up" "$uf" 0
	fi

	SAN_ENV=(env); MODE_ARGS=(); MODE=
	if [ -n "${SOCKETS_SANITIZE:-}" ]; then
		. tests/sanitize_env.sh || { stage_end sanitize 0 1 0 "no sanitizer runtime"; return; }
		SAN_ENV=(env "${PSOCK_SAN_ENV[@]}"); MODE=" with ASan+UBSan"
		# Every allocation is some 20 times slower there (tests/sanitize_env.sh):
		# on a loaded machine a test may need more than run-tests.php's 60 s.
		MODE_ARGS=(--set-timeout 180)
	elif [ -n "${SOCKETS_VALGRIND:-}" ]; then
		command -v valgrind > /dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq valgrind > /dev/null; } ||
			{ stage_end valgrind 0 1 0 "could not install valgrind"; return; }
		# run-tests.php -m runs valgrind -q with USE_ZEND_ALLOC=0 and calls a
		# test LEAK when valgrind printed anything; these options (valgrind
		# reads VALGRIND_OPTS itself) make it print every memory error and
		# every definite leak with its whole stack, and nothing for PHP's own
		# leaks listed in tests/valgrind.supp. Indirect leaks are left out:
		# each hangs off a definite one (reported, or suppressed as PHP's).
		SAN_ENV=(env VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=40 --suppressions=$ROOT/tests/valgrind.supp")
		MODE_ARGS=(-m); MODE=" under valgrind"
	fi

	stage_begin "phpt under this module$MODE"
	phpt_run ours "${SAN_ENV[@]}" "$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" "${MODE_ARGS[@]}" \
		-n -d extension="$MODULE" --show-diff "${FILES[@]}"
	if [ -n "${SOCKETS_VALGRIND:-}" ]; then
		for mem in tests/phpt/*.mem; do
			[ -s "$mem" ] && { echo "  valgrind: $mem"; head -60 "$mem"; }
		done
	fi
	# The modes that check this module's memory do not run the oracle.
	[ -n "${SOCKETS_SANITIZE:-}${SOCKETS_VALGRIND:-}" ] && return

	# socket_select() backends: the whole suite once more under each forced
	# backend (the run above uses the default, auto), so that every select
	# test also holds for poll() alone and for the epoll set alone. Full runs
	# only, or SOCKETS_BACKENDS=1.
	if [ -n "$WHOLE" ] || [ -n "${SOCKETS_BACKENDS:-}" ]; then
		for backend in epoll poll; do
			stage_begin "phpt under this module with sockets.select_backend=$backend"
			phpt_run "ours-$backend" "$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" -n -d extension="$MODULE" \
				-d sockets.select_backend=$backend --show-diff "${FILES[@]}"
		done
	fi

	stage_begin "phpt under PHP $PHPV's bundled module (the oracle)"
	phpt_run bundled "$PHP" "$RUN_TESTS" -q --no-color -j"$JOBS" -p "$PHP" -n -d extension="$BUNDLED_MODULE" \
		--show-diff "${FILES[@]}"

	# The stages below run the whole suite; they take a summary line
	# "N passed, N failed[, N skipped]" from their command (tests/lib.sh).
	[ -n "$WHOLE" ] || return 0

	if [ -z "${SOCKETS_SKIP_PHP_SRC:-}" ]; then
		stage "php-src" "php-src's own ext/sockets tests of PHP $PHPV, under both modules" \
			"^(  |FAIL|     |cannot|php_source)" tests/php-src/run.sh
	fi
	stage abi "C interface: tests/abi (a second extension against both headers and modules)" \
		"^(==|FAIL|   )" tests/abi/run.sh
	stage docs "docs: every example in docs/**/*.md, and the pages against the stub and the module" \
		"." "$PHP" -n tests/docs_examples.php --ext="$MODULE" --php="$PHP"
	if [ -z "${SOCKETS_SKIP_INSTALL:-}" ]; then
		stage install "install: scripts/install.sh and uninstall.sh with PHP $PHPV, in a private mount namespace" \
			"^(==|FAIL|     |skip)" tests/install_test.sh
	fi

	# Extra stages: each tests/stages/*.sh is one, run from the top of the
	# tree with PSOCK_PHP_CONFIG, PSOCK_PHP, PSOCK_MODULE, PSOCK_BUNDLED_MODULE
	# and PSOCK_RUN_TESTS set; its last line is "N passed, N failed[, N
	# skipped]" (tests/stages/README.md).
	for extra in tests/stages/*.sh; do
		[ -f "$extra" ] || continue
		PSOCK_PHP=$PHP PSOCK_MODULE=$MODULE PSOCK_BUNDLED_MODULE=$BUNDLED_MODULE PSOCK_RUN_TESTS=$RUN_TESTS \
			stage "$(basename "$extra" .sh)" "$(sed -n 's/^# stage: //p' "$extra" | head -1)" "^(  |FAIL)" bash "$extra"
	done

	if [ -z "${SOCKETS_SKIP_SANITIZE:-}" ]; then
		SAN_TREE=$(mktemp -d /tmp/psock-asan.XXXXXX)
		bash scripts/tree_files.sh | tr '\n' '\0' | tar --null -cf - -T - | tar -xf - -C "$SAN_TREE"
		stage asan "phpt under this module built with ASan+UBSan (a copy of the tree, so this build stays)" \
			"FAILED|ERROR: AddressSanitizer|runtime error" \
			env SOCKETS_SANITIZE=1 SOCKETS_SKIP_UNIT=1 PSOCK_PHP_CONFIG="$PHP_CONFIG" bash "$SAN_TREE/tests/run.sh"
		echo "  (iovec_memory_limit is skipped here: it needs Zend's allocator, which this run turns off)"
		rm -rf "$SAN_TREE"
	fi
}

# Runs the test command for PHP $1 in its chroot, on a fresh copy of the
# tree, and adds up what it reports.
test_in_chroot() {
	local v=$1 root out tree
	TAG="[$v] "
	stage_begin "chroot for PHP $v (scripts/chroot.sh: reused, or made with debootstrap in about 5 minutes)"
	if ! bash scripts/chroot.sh ensure "$v" > "$LOGS/$v-chroot.log" 2>&1; then
		grep -v '^cannot' "$LOGS/$v-chroot.log" | tail -5 | sed 's/^/  /'
		stage_end chroot 0 1 0 "could not test PHP $v: $(grep '^cannot' "$LOGS/$v-chroot.log" | tail -1 | sed 's/^cannot test PHP [0-9.]*: //')"
		return
	fi
	sed 's/^/  /' "$LOGS/$v-chroot.log"
	root=$(bash scripts/chroot.sh path "$v")
	# A copy of its own for each run: several runs may share a chroot.
	tree=$(mktemp -d "$root/root/psock-$v.XXXXXX") && tree=${tree#"$root"} &&
		bash scripts/chroot.sh copy "$v" "$tree" > "$LOGS/$v-copy.log" 2>&1 ||
		{ cat "$LOGS/$v-copy.log"; stage_end chroot 0 1 0 "could not copy the tree into $root"; return; }
	stage_end chroot 0 0 0 "ready; the tree is copied to $root$tree"
	out=$LOGS/$v-chroot-run.log
	# Its output as it comes; its last line and the line naming its failures
	# are added to this run's.
	local args=(--php "$v")
	[ -n "$PHPT_ONLY" ] && args+=(--phpt-only)
	[ "${FILES[*]}" != tests/phpt ] && args+=("${FILES[@]}")
	bash scripts/chroot.sh run "$v" env $(env | grep -E '^(SOCKETS_[A-Z_]+|JOBS)=' | tr '\n' ' ') \
		PSOCK_IN_CHROOT=1 PSOCK_HOST_ROOT="$root" bash "$tree/tests/run.sh" "${args[@]}" 2>&1 | tee "$out" |
		grep --line-buffered -avE "^(psock-(summary|failed): |failed: |logs of this run: |\(tests/run.sh: |[0-9]+ passed, [0-9]+ failed)"
	local before=$failed
	merge_summary "$out" "$v"
	# The copy stays when something failed there: its diffs are in it.
	if [ "$failed" -eq "$before" ]; then
		rm -rf "${root:?}$tree"
	else
		echo "  the tree the failures are in: $root$tree"
	fi
}

for v in "${VERSIONS[@]}"; do
	case "$v" in
	custom) test_here "$PSOCK_PHP_CONFIG" ;;
	default)
		. scripts/ensure_deps.sh
		test_here "$(command -v php-config)"
		;;
	*)
		if [[ " ${SUPPORTED[*]} " != *" $v "* ]]; then
			TAG="[$v] "; stage_end version 0 1 0 "PHP $v: not a supported version (${SUPPORTED[*]}; 8.3 has no Debian suite to test it in)"
		elif command -v "php-config$v" > /dev/null 2>&1 || { [ "$v" = 8.2 ] && [ -z "${PSOCK_IN_CHROOT:-}" ]; }; then
			# On the machine (8.2 on Debian 12, or inside its chroot).
			PSOCK_PHP_VERSION=$v . scripts/ensure_deps.sh
			test_here "$(command -v "php-config$v")"
		else
			test_in_chroot "$v"
		fi
		;;
	esac
done

# The Debian package of each version (tests/deb_test.sh, issue 13): built,
# installed, used by the phpt suite, reinstalled, removed and purged, in a
# private mount namespace: on the machine for 8.2, in the version's chroot
# for 8.4 and 8.5 (the namespaces are made outside it, /proc mounted in a
# private one as build-deb.sh needs). SOCKETS_SKIP_DEB=1
# leaves it out.
if [ -n "$WHOLE" ] && [ -z "${SOCKETS_SKIP_DEB:-}${PSOCK_IN_CHROOT:-}" ]; then
	for v in "${VERSIONS[@]}"; do
		TAG="[$v] "; LOGP=$LOGS/$v-
		case "$v" in
		8.2)
			command -v php-config8.2 > /dev/null 2>&1 &&
				stage deb "Debian package for PHP 8.2: tests/deb_test.sh (build, install, use, remove, in a private mount namespace)" \
					"^(==|FAIL|skip)" tests/deb_test.sh --php 8.2
			;;
		8.4|8.5)
			root=$(bash scripts/chroot.sh path "$v" 2> /dev/null)
			[ -n "$root" ] && [ -x "$root/usr/bin/php$v" ] &&
				stage deb "Debian package for PHP $v: tests/deb_test.sh --chroot $root" \
					"^(==|FAIL|skip)" unshare --mount --propagation private bash -c \
					'mount -t proc proc "$1/proc" && exec tests/deb_test.sh --php "$2" --chroot "$1"' _ "$root" "$v"
			;;
		esac
	done
fi

finish
