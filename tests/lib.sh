# Sourced by tests/run.sh: the counting, timing and reporting of its stages.
# Every stage ends with one line "  N passed, N failed[, N skipped] (T s)";
# a stage that failed keeps its log and names it; the run ends with the
# names of the failed stages and one line "N passed, N failed, N skipped".

passed=0; failed=0; skipped=0
FAIL_WHERE=()
TAG=
LOGP=$LOGS/

# Where a file of this run is seen from outside: a run inside a chroot is
# told the chroot's root (PSOCK_HOST_ROOT), so that the paths it prints are
# ones the person at the machine can open.
host_path() { echo "${PSOCK_HOST_ROOT:-}$1"; }

. tests/lib_phpize.sh

stage_begin() { # title
	echo "== $TAG$1"
	STAGE_T0=$(date +%s)
}

# name, passed, failed, skipped[, note]: prints the stage's line, adds its
# counts, and on failure names it (with its log, when there is one) in the
# run's list of failures.
stage_end() {
	local name=$1 p=$2 f=$3 s=$4 note=${5:-} dt log line
	dt=$(( $(date +%s) - ${STAGE_T0:-$(date +%s)} ))
	passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
	if [ -n "$note" ]; then
		line="  $note"
		[ "$p$f$s" != 000 ] && line="$line: $p passed, $f failed, $s skipped"
	else
		line="  $p passed, $f failed, $s skipped"
	fi
	echo "$line ($dt s)"
	if [ "$f" -gt 0 ]; then
		log=${LOGP}$name.log
		if [ -f "$log" ]; then
			echo "  log kept: $(host_path "$log")"
		fi
		FAIL_WHERE+=("$TAG$name ($f)")
	fi
}

# The last "N passed, N failed[, N skipped]" line of log $1, as "P F S".
summary_of() {
	sed -n 's/^ *\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed\(, \([0-9][0-9]*\) skipped\)\?$/\1 \2 \4/p' "$1" | tail -1
}

# name, title, regex, command...: runs a command whose last line is "N
# passed, N failed[, N skipped]", shows the lines of its output matching the
# regex, and counts. No summary line, or a failing exit status with no
# failure counted, is one failure.
stage() {
	local name=$1 title=$2 show=$3 rc p f s
	shift 3
	stage_begin "$title"
	"$@" > "${LOGP}$name.log" 2>&1
	rc=$?
	grep -aE "$show" "${LOGP}$name.log" | grep -avE "^ *[0-9]+ passed, [0-9]+ failed" | head -60 | sed 's/^\([^ ]\)/  \1/'
	read -r p f s < <(summary_of "${LOGP}$name.log")
	if [ -z "${p:-}" ]; then
		tail -15 "${LOGP}$name.log" | sed 's/^/  | /'
		p=0; f=1; s=0
		echo "  (no summary line; exit status $rc)"
	elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1; echo "  (exit status $rc)"
	fi
	stage_end "$name" "$p" "$f" "${s:-0}"
}

# label, command...: a run of run-tests.php; counts its summary (warned,
# borked and leaked tests count as failed) and shows each failed test with
# its diff.
phpt_run() {
	local label=$1 log pc fc sc wc bc lc t
	shift
	log=${LOGP}phpt-$label.log
	"$@" > "$log" 2>&1
	if grep -aq "Failed to accept connection from worker" "$log"; then
		# run-tests.php gives its parallel workers 5 s to start: on a
		# loaded machine (or under ASan) that can be too little. Run the
		# tests one by one instead.
		echo "  (run-tests.php's workers did not start in time: running the tests one by one)"
		local a args=()
		for a in "$@"; do case "$a" in -j[0-9]*) args+=(-j1) ;; *) args+=("$a") ;; esac; done
		"${args[@]}" > "$log" 2>&1
	fi
	sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$log" | grep -av "^FAILED TEST\|^-----\|^=====" | sed "s/^/  $label FAILED: /"
	# The diffs of the first ten (the log has them all).
	grep -aoE "\[tests/[^]]*\.phpt\]" <(sed -n '/^FAILED TEST SUMMARY/,/^=====/p' "$log") | tr -d '[]' | head -10 | while read -r t; do
		[ -f "${t%.phpt}.diff" ] && { sed 's/^/      /' "${t%.phpt}.diff" | head -30; echo; }
	done
	pc=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	fc=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	sc=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	wc=$(sed -n 's/^Tests warned *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	bc=$(sed -n 's/^Tests borked *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	lc=$(sed -n 's/^Tests leaked *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	if [ -z "$pc" ]; then
		tail -15 "$log" | sed 's/^/  | /'
		stage_end "phpt-$label" 0 1 0 "no summary from run-tests.php"
		return
	fi
	stage_end "phpt-$label" "$pc" $(( ${fc:-0} + ${wc:-0} + ${bc:-0} + ${lc:-0} )) "${sc:-0}"
}

# Adds what a run inside a chroot reported (its "psock-summary:" and
# "psock-failed:" lines, in log $1) to this run; $2 is its PHP version.
merge_summary() {
	local log=$1 v=$2 p f s w
	read -r p f s < <(sed -n 's/^psock-summary: //p' "$log" | tail -1)
	if [ -z "${p:-}" ]; then
		TAG="[$v] "; STAGE_T0=$(date +%s)
		stage_end chroot-run 0 1 0 "the run in PHP $v's chroot ended without a summary (its output: $log)"
		return
	fi
	passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
	while IFS= read -r w; do
		FAIL_WHERE+=("$w")
	done < <(sed -n 's/^psock-failed: //p' "$log")
}

finish() {
	local w
	if [ -n "${PSOCK_IN_CHROOT:-}" ]; then
		# For the run outside, which adds these up (merge_summary).
		echo "psock-summary: $passed $failed $skipped"
		for w in "${FAIL_WHERE[@]}"; do echo "psock-failed: $w"; done
	fi
	if [ "$failed" -gt 0 ]; then
		echo "failed: $(printf '%s, ' "${FAIL_WHERE[@]}" | sed 's/, $//')"
		echo "logs of this run: $(host_path "$LOGS")"
	else
		rm -rf "$LOGS"
	fi
	echo "(tests/run.sh: $(( $(date +%s) - START )) s)"
	echo "$passed passed, $failed failed, $skipped skipped"
	[ "$failed" -eq 0 ]
	exit
}
