#!/bin/bash
# Runs tests/hostile_args.php in a network namespace of its own (only a
# loopback interface: whatever the script does cannot reach another
# machine), against this module or PHP's bundled one, and goes on past a
# crash or a hang: the call that killed the run is recorded and a new run
# starts after it.
#
#   tests/hostile_args.sh [ours|bundled] [--sanitize] [--valgrind] [--strace]
#     ours        this module (default), built by scripts/build.sh
#     bundled     PHP 8.2's bundled module (the oracle), to record what
#                 crashes or hangs it
#     --sanitize  this module built with ASan+UBSan (tests/sanitize_env.sh)
#     --valgrind  under valgrind's memcheck (definite leaks and every error)
#     --strace    under strace, then checks that no connect()/sendto() went
#                 to port 53 (no DNS query)
#     --reentry   the re-entrancy fuzzer: only the functions that take an
#                 array, every call with values that change, free or grow
#                 the arrays while the module converts them
#                 (tests/hostile/reentry.php); combine with --sanitize or
#                 --valgrind. Without it, 25% of those calls are wired so.
#   HOSTILE_SECONDS (default 60), HOSTILE_SEED (default 1),
#   HOSTILE_CALLS (default no limit): passed on to hostile_args.php.
#
# Prints the last lines of each run, every crash and hang with the call
# that caused it, and a summary; the record goes to
# tests/build/hostile-<mode>.txt. Exit status 0 when nothing went wrong.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ -z "${HOSTILE_IN_NETNS:-}" ]; then
	export HOSTILE_IN_NETNS=1
	exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi

target=ours sanitize= valgrind= strace= reentry=
for a in "$@"; do
	case $a in
	ours|bundled) target=$a ;;
	--reentry) reentry=1 ;;
	--sanitize) sanitize=1 ;;
	--valgrind) valgrind=1 ;;
	--strace) strace=1 ;;
	*) echo "unknown argument: $a" >&2; exit 2 ;;
	esac
done
SECONDS_TOTAL=${HOSTILE_SECONDS:-60}
SEED=${HOSTILE_SEED:-1}
mode=$target${sanitize:+-sanitize}${valgrind:+-valgrind}${strace:+-strace}${reentry:+-reentry}
mkdir -p tests/build
record=tests/build/hostile-$mode.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

prefix=(env)
if [ "$target" = ours ]; then
	if [ -n "$sanitize" ]; then
		SOCKETS_SANITIZE=1 scripts/build.sh >&2 || exit 1
		# The fast unwinder (see tests/sanitize_env.sh) unless asked
		# otherwise: PSOCK_SAN_FAST= gives whole leak stacks, slowly.
		PSOCK_SAN_FAST=${PSOCK_SAN_FAST-1}
		. tests/sanitize_env.sh || exit 1
		prefix=(env "${PSOCK_SAN_ENV[@]}")
	else
		scripts/build.sh >&2 || exit 1
	fi
	ext=$ROOT/modules/sockets.so
else
	ext=sockets
fi
if [ -n "$valgrind" ]; then
	prefix=(env USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind -q --error-exitcode=99
		--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite
		--num-callers=40 --suppressions="$ROOT/tests/valgrind.supp")
fi

# A call that takes longer than this (with no new call started) is a hang.
HANG=${HOSTILE_HANG_SECONDS:-15}
[ -n "$valgrind" ] && HANG=120
[ "$target" = bundled ] && HANG=${HOSTILE_HANG_SECONDS:-5}

: > "$record"
echo "hostile_args: $mode, seed $SEED, ${SECONDS_TOTAL}s" | tee -a "$record"
start=$(date +%s)
skip=0 highest=0 runs=0 crashes=0 hangs=0 problems=0 status=0
while :; do
	left=$((SECONDS_TOTAL - ($(date +%s) - start)))
	[ "$left" -le 0 ] && break
	runs=$((runs + 1))
	: > "$work/progress"
	tracer=()
	# One log a run: a run after a crash must not overwrite the last one's.
	[ -n "$strace" ] && tracer=(strace -f -qq -o "$work/strace.$runs" -e trace=connect,sendto,sendmsg,sendmmsg)
	setsid env HOSTILE_SCRATCH="$work/scratch.$runs" "${tracer[@]}" "${prefix[@]}" php -n -d extension="$ext" tests/hostile_args.php --seed="$SEED" \
		--seconds="$left" --skip="$skip" ${HOSTILE_CALLS:+--calls=$HOSTILE_CALLS} \
		--progress="$work/progress" --quiet ${reentry:+--reentry-only} > "$work/out" 2>&1 &
	pid=$!
	hung=
	last=$(date +%s) seen=
	while kill -0 "$pid" 2>/dev/null; do
		sleep 0.5
		now=$(stat -c %Y.%s "$work/progress" 2>/dev/null)
		if [ "$now" != "$seen" ]; then
			seen=$now last=$(date +%s)
		elif [ $(($(date +%s) - last)) -ge "$HANG" ] && [ $(($(date +%s) - start)) -lt $((SECONDS_TOTAL + HANG)) ]; then
			hung=1
			kill -KILL -- "-$pid" 2>/dev/null
			break
		fi
	done
	{ wait "$pid"; } 2>/dev/null
	rc=$?
	call=$(tr -d '\0' < "$work/progress" 2>/dev/null)
	n=$(echo "$call" | sed -n 's/^#\([0-9]*\) .*/\1/p')
	[ -n "$n" ] && [ "$n" -gt "$highest" ] && highest=$n
	summary=$(grep -a "^hostile_args:" "$work/out" | tail -1)
	if [ -n "$summary" ]; then
		echo "$summary" | tee -a "$record"
	fi
	grep -a "^PROBLEM" "$work/out" | tee -a "$record"
	problems=$((problems + $(grep -ac "^PROBLEM" "$work/out")))
	if [ -n "$hung" ]; then
		hangs=$((hangs + 1)) status=1
		echo "HANG (no new call for ${HANG}s) in: $call" | tee -a "$record"
	elif [ -z "$summary" ] || echo "$summary" | grep -q "fatal error"; then
		crashes=$((crashes + 1)) status=1
		echo "CRASH (exit $rc) in: $call" | tee -a "$record"
		grep -a -m3 -E "ERROR: |runtime error|SUMMARY|Invalid|uninitialised|Segmentation|Aborted|Fatal" "$work/out" | cut -c1-300 | tee -a "$record"
		grep -a -A14 -E "ERROR: AddressSanitizer|runtime error|^==[0-9]+== (Invalid|Conditional|Use of|Syscall)" "$work/out" | head -40 >> "$record"
	else
		# The run reached its end: a non-zero exit is its problems, a
		# sanitizer's leak report or valgrind's errors (exit 99).
		if [ "$rc" -ne 0 ]; then
			status=1
			grep -a -B2 -A20 -E "ERROR: (LeakSanitizer|AddressSanitizer)|^==[0-9]+== (Invalid|Conditional|Use of|Syscall|.*definitely lost)" "$work/out" | head -80 | tee -a "$record"
		fi
		break
	fi
	if [ -z "$n" ]; then
		echo "(the run died before its first call)" | tee -a "$record"
		break
	fi
	skip=$n
done
dns=0
if [ -n "$strace" ]; then
	dns=$(cat "$work"/strace.* | grep -c "htons(53)")
	echo "strace: $(cat "$work"/strace.* | wc -l) connect/sendto/sendmsg calls in $runs run(s), $dns to port 53" | tee -a "$record"
	cat "$work"/strace.* | grep -m5 "htons(53)" | tee -a "$record"
	[ "$dns" -ne 0 ] && status=1
fi
echo "hostile_args.sh: $mode: $runs run(s), $highest calls, $crashes crash(es), $hangs hang(s), $problems problem(s)" | tee -a "$record"
exit $status
