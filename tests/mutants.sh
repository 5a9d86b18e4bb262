#!/bin/bash
# Mutation testing: plants small bugs, one at a time, in a copy of the tree,
# builds it, runs the tests that concern the code touched, and reports every
# mutant the tests did not notice (a "survivor"). A survivor is a test to
# write, or a mutant that changes nothing observable (then say so in its
# line below, or drop it).
#
#   tests/mutants.sh            every mutant
#   tests/mutants.sh ID...      only these (IDs as listed below)
#   tests/mutants.sh --list     the list
#
# Each mutant replaces one exact piece of text (which must occur once in its
# file; a mutant whose text is gone is reported STALE, so the list follows
# the code) and names the phpt files to run under this module, and "unit"
# when the C unit tests of src/core concern it. A mutant is killed when a
# test fails or the build breaks. It takes some 10 to 20 minutes (2 cores),
# so it is not part of tests/run.sh. Exit status: 0 when every mutant was
# killed.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD

# id | file | text | replacement | tests (phpt globs under tests/phpt, and "unit")
MUTANTS=()
m() { MUTANTS+=("$1"$'\x1f'"$2"$'\x1f'"$3"$'\x1f'"$4"$'\x1f'"$5"); }

# Flags dropped.
m sendto-flags src/php/io.c 'ZSTR_LEN(data), (int)flags,' 'ZSTR_LEN(data), 0,' 'io_*'
m send-flags src/php/io.c 'ZSTR_LEN(data), (int)flags);' 'ZSTR_LEN(data), 0);' 'io_*'
m recv-flags src/php/io.c 'got = recv_string(sock->bsd_socket, length, (int)flags, NULL, NULL, &str);' \
	'got = recv_string(sock->bsd_socket, length, 0, NULL, NULL, &str);' 'io_*'
m sendmsg-flags src/php/msg.c 'sendmsg(sock->bsd_socket, &out.msg, (int)flags)' 'sendmsg(sock->bsd_socket, &out.msg, 0)' 'msg_* io_flags_*'
m recvmsg-flags src/php/msg.c 'recvmsg(sock->bsd_socket, &in.msg, (int)flags)' 'recvmsg(sock->bsd_socket, &in.msg, 0)' 'msg_*'
m waitall-dropped src/php/io.c 'waitall = more && (flags & MSG_WAITALL);' 'waitall = 0;' 'io_*waitall*'
# An EOL byte removed from PHP_NORMAL_READ's set.
m eol-cr src/core/linebuf.c "const char *cr = memchr(buf, '\\r', nl ? (size_t)(nl - buf) : len);" 'const char *cr = NULL;' 'io_read_normal_* unit'
m eol-nl src/core/linebuf.c "const char *nl = memchr(buf, '\\n', len);" 'const char *nl = NULL;' 'io_read_normal_* unit'
# A ready bit lost in select.
m select-hup-readable src/core/pollset.c '#define IS_READ   (POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)' \
	'#define IS_READ   (POLLIN | POLLRDNORM | POLLRDBAND | POLLERR)' 'select_* unit'
m select-except-lost src/core/pollset.c '#define IS_EXCEPT (POLLPRI)' '#define IS_EXCEPT (0)' 'select_* io_flags_* unit'
# Not listed: POLLERR dropped from IS_WRITE. On Linux a socket that reports
# POLLERR always reports POLLOUT too (an error ends the connection, whose
# send buffer is then writable), so no test can tell: an equivalent mutant.
m select-usec src/core/pollset.c 'out->tv_nsec = (long)usec * 1000L;' 'out->tv_nsec = (long)usec;' 'select_* unit'
# An error code changed, an error recorded in the wrong place.
m error-code src/php/errors.c 'psock_php_set_error(sock, err);' 'psock_php_set_error(sock, err == EAGAIN ? EWOULDBLOCK + 1 : err);' \
	'io_* lifecycle_* fault_* error*'
m retry-warns src/php/errors.c 'if (!psock_is_retry_error(err)) {' 'if (err != 0) {' 'io_* lifecycle_* fault_*'
m accept-error-listener src/php/lifecycle.c 'psock_php_error(NULL, "unable to accept incoming connection", errno);' \
	'psock_php_error(sock, "unable to accept incoming connection", errno);' 'lifecycle_* fault_* accept*'
# Off by one in a length.
m write-length src/php/io.c 'sent = write(sock->bsd_socket, ZSTR_VAL(data), (size_t)length);' \
	'sent = write(sock->bsd_socket, ZSTR_VAL(data), (size_t)length - (length > 1));' 'io_*'
m unix-path-max src/core/addr.c 'if (len > PSOCK_UNIX_PATH_MAX) {' 'if (len > PSOCK_UNIX_PATH_MAX + 1) {' 'addr_* lifecycle_* io_* unit'
m recvmsg-iov-length src/php/msg.c 'size_t len = MIN(msg->msg_iov[0].iov_len, received);' \
	'size_t len = MIN(msg->msg_iov[0].iov_len, received) - 1;' 'msg_*'
m cmsg-space src/core/cmsg.c 'return aligned + DATA_OFFSET;' 'return aligned + DATA_OFFSET - sizeof(int);' 'msg_* unit'
m linger-range src/core/sockopt.c 'if (linger < 0 || linger > PSOCK_LINGER_FIELD_MAX) {' \
	'if (linger < 0 || linger > PSOCK_LINGER_FIELD_MAX + 1) {' 'opt_* unit'
# Byte order, an address dropped, memory or a descriptor not handled.
m listen-port-order src/php/lifecycle.c 'sin.sin_port = htons((uint16_t)port);' 'sin.sin_port = (uint16_t)port;' 'lifecycle_*'
m recvfrom-port src/php/io.c 'psock_php_assign_addr(&from.u.sa, from.len, addr, sock->type == AF_UNIX ? NULL : port);' \
	'psock_php_assign_addr(&from.u.sa, from.len, addr, NULL);' 'io_* addr_*'
m getsockopt-garbage src/core/sockopt.c 'int value = 0;' 'int value = 0x5a5a5a5a;' 'opt_* unit'
m close-fds src/core/cmsg.c '				close(fd);' '				(void)fd;' 'msg_* unit'
m cmsg-max-control src/php/msg_convert.c 'len = MSG_MAX_CONTROL;' 'len = 16;' 'msg_*'

list() {
	local spec id file old new tests
	for spec in "${MUTANTS[@]}"; do
		IFS=$'\x1f' read -r id file old new tests <<< "$spec"
		printf '%-22s %-22s %s\n' "$id" "$file" "$tests"
	done
}
if [ "${1:-}" = --list ]; then
	list
	exit 0
fi
WANT=("$@")

RUN_TESTS=$(php-config --prefix)/lib/php/build/run-tests.php
[ -f "$RUN_TESTS" ] || RUN_TESTS=/usr/lib/php/20220829/build/run-tests.php
PHP=$(command -v php)

# The copy: the tracked files as they are in the working tree.
COPY=$(mktemp -d /tmp/psock-mutants.XXXXXX)
trap 'rm -rf "$COPY"' EXIT
git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$COPY"
echo "== building the copy in $COPY"
if ! (cd "$COPY" && scripts/build.sh > "$COPY/build.log" 2>&1); then
	echo "the unmutated copy does not build:"; tail -20 "$COPY/build.log"; exit 2
fi

# Replaces the one occurrence of $2 by $3 in file $1; 3 when it is not
# there exactly once.
replace_once() {
	"$PHP" -n -r '$s = file_get_contents($argv[1]); $n = substr_count($s, $argv[2]);
		if ($n !== 1) { exit(3); } file_put_contents($argv[1], str_replace($argv[2], $argv[3], $s));' "$@"
}

# Runs the tests of one mutant; 0 when they all pass (the mutant survives).
run_tests() {
	local tests=$1 phpt=() t
	for t in $tests; do
		if [ "$t" = unit ]; then
			make -s -C "$COPY/tests/unit" run > "$COPY/unit.log" 2>&1 || return 1
		else
			for f in "$COPY"/tests/phpt/$t.phpt; do
				[ -f "$f" ] && phpt+=("$f")
			done
		fi
	done
	[ ${#phpt[@]} -eq 0 ] && return 0
	# A mutant that makes a test wait (a lost flag, a lost ready bit) fails
	# it by its own timeout, within 30 s.
	timeout 600 "$PHP" "$RUN_TESTS" -q --no-color -j2 --set-timeout 30 -p "$PHP" -n -d extension="$COPY/modules/sockets.so" \
		"${phpt[@]}" > "$COPY/phpt.log" 2>&1
	grep -q "^Tests failed *: *0 " "$COPY/phpt.log" && ! grep -qE "^Tests (borked|leaked|warned) *: *[1-9]" "$COPY/phpt.log"
}

wanted() { [ ${#WANT[@]} -eq 0 ] || [[ " ${WANT[*]} " == *" $1 "* ]]; }

# The baseline: every test the chosen mutants name passes on the copy as it
# is, or no verdict below would mean anything.
all_tests=""
for spec in "${MUTANTS[@]}"; do
	IFS=$'\x1f' read -r id file old new tests <<< "$spec"
	wanted "$id" && all_tests="$all_tests $tests"
done
all_tests=$(echo $all_tests | tr ' ' '\n' | sort -u | tr '\n' ' ')
echo "== baseline: $all_tests"
if ! run_tests "$all_tests"; then
	echo "the tests fail without any mutant:"
	grep -aE "^FAIL" "$COPY/phpt.log" | head -20
	tail -5 "$COPY/unit.log" 2>/dev/null
	exit 2
fi

killed=0 survived=0 stale=0 survivors=()
start=$(date +%s)
for spec in "${MUTANTS[@]}"; do
	IFS=$'\x1f' read -r id file old new tests <<< "$spec"
	wanted "$id" || continue
	cp "$COPY/$file" "$COPY/$file.orig"
	replace_once "$COPY/$file" "$old" "$new"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "STALE    $id: the text is not in $file exactly once"
		stale=$((stale + 1))
		mv "$COPY/$file.orig" "$COPY/$file"
		continue
	fi
	t0=$(date +%s)
	if ! (cd "$COPY" && scripts/build.sh > "$COPY/build.log" 2>&1); then
		verdict="killed (build)"
	elif run_tests "$tests"; then
		verdict=SURVIVED
	else
		verdict=killed
	fi
	mv "$COPY/$file.orig" "$COPY/$file"
	# The restored file must be newer than its object for make.
	touch "$COPY/$file"
	printf '%-8s %-22s %-20s %3ss  (%s)\n' "${verdict%% *}" "$id" "$file" "$(($(date +%s) - t0))" "$tests"
	if [ "$verdict" = SURVIVED ]; then
		survived=$((survived + 1)); survivors+=("$id")
	else
		killed=$((killed + 1))
	fi
done
echo "mutants: $killed killed, $survived survived, $stale stale, in $(($(date +%s) - start)) s"
[ $survived -gt 0 ] && echo "survivors: ${survivors[*]}"
[ $survived -eq 0 ] && [ $stale -eq 0 ]
