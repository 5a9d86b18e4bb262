#!/bin/bash
# Builds the libFuzzer targets (fuzz/fuzz_*.c, with clang's
# -fsanitize=fuzzer,address,undefined) and runs each in turn.
#
#   fuzz/run.sh SECONDS [TARGET...]   run each target for SECONDS
#   FUZZ_RUNS=N fuzz/run.sh ...       stop a target after N executions too
#   fuzz/run.sh 0                     only replay the seed corpora and the
#                                     regression inputs (a quick check)
#
# Each target starts from its committed seed corpus (fuzz/corpus/TARGET)
# and the inputs of past findings (fuzz/regress/TARGET), and grows a working
# corpus in fuzz/build/corpus/TARGET that later runs go on from. A crash
# lands in fuzz/build/artifacts/TARGET/. One line a target goes to stdout
# and to fuzz/build/results.txt: executions, seconds, coverage, outcome.
# Targets run one after the other: the machine has two cores, shared.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
	for src in fuzz/fuzz_*.c; do TARGETS+=("$(basename "$src" .c)"); done
fi

if ! command -v clang >/dev/null 2>&1 || ! [ -e "$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
	# clang's own -print-file-name only finds the runtime by its full path.
	rt=$(clang -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a
	if ! command -v clang >/dev/null 2>&1 || ! [ -e "$rt" ]; then
		echo "installing clang and its fuzzer runtime"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null ||
			{ echo "could not install clang / libclang-rt-14-dev" >&2; exit 1; }
	fi
fi

CFLAGS=(-g -O1 -fno-omit-frame-pointer -D_GNU_SOURCE -I"$ROOT/src"
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
mkdir -p fuzz/build
status=0
for t in "${TARGETS[@]}"; do
	bin=fuzz/build/$t
	srcs=("fuzz/$t.c" fuzz/no_dns.c src/core/*.c)
	if [ ! -x "$bin" ] || [ -n "$(find "${srcs[@]}" src/core/*.h -newer "$bin" 2>/dev/null | head -1)" ]; then
		clang "${CFLAGS[@]}" -o "$bin" "${srcs[@]}" -ldl || { echo "$t: build failed"; status=1; continue; }
	fi
	work=fuzz/build/corpus/$t
	art=fuzz/build/artifacts/$t/
	mkdir -p "$work" "$art" "fuzz/corpus/$t"
	dirs=("$work" "fuzz/corpus/$t")
	[ -d "fuzz/regress/$t" ] && dirs+=("fuzz/regress/$t")
	opts=(-artifact_prefix="$art" -print_final_stats=1)
	[ -f "fuzz/$t.dict" ] && opts+=(-dict="fuzz/$t.dict")
	[ -f "fuzz/$t.options" ] && read -r -a extra < "fuzz/$t.options" && opts+=("${extra[@]}")
	log=fuzz/build/$t.log
	start=$(date +%s)
	if [ "$SECONDS_EACH" = 0 ]; then
		# Replays every input once without fuzzing.
		files=()
		for d in "fuzz/corpus/$t" "fuzz/regress/$t"; do
			[ -d "$d" ] && while IFS= read -r f; do files+=("$f"); done < <(find "$d" -type f)
		done
		"$bin" "${opts[@]}" "${files[@]}" > "$log" 2>&1
		rc=$?
		execs=${#files[@]}
	else
		"$bin" "${opts[@]}" -max_total_time="$SECONDS_EACH" ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} "${dirs[@]}" > "$log" 2>&1
		rc=$?
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	fi
	took=$(( $(date +%s) - start ))
	cov=$(grep -oE "cov: [0-9]+ ft: [0-9]+" "$log" | tail -1)
	if [ $rc -eq 0 ]; then
		outcome=ok
	else
		outcome="FAILED (exit $rc): $(grep -m1 -E "ERROR|runtime error|deadly signal" "$log") $(grep -oE "Test unit written to .*" "$log" | tail -1)"
		status=1
	fi
	line="$(date -u +%F) $t: ${execs:-0} executions in ${took}s, ${cov:-no cov}, corpus $(find "$work" -type f | wc -l), $outcome"
	echo "$line"
	echo "$line" >> fuzz/build/results.txt
done
exit $status
