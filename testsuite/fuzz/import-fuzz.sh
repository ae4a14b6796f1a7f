#!/usr/bin/env bash
# import-fuzz.sh - adversarial DBs through the plugin's importer.
#
#   bash import-fuzz.sh SRCDIR BUILDDIR WORK [SECONDS|-n RUNS] [SEED]
#
# Makes a few programs with the differential generator (testsuite/diff,
# own generator: structs, bit-fields, volatile, asm, atomics, checked
# arithmetic, switches...), builds each one's helper DB with xinline at
# -O2, then over and over: tools/xir-mutate rewrites one to three helpers
# of a DB with random structural mutations (types, opcodes, operands,
# indices, memory accesses, terminators, signatures, slots, symbols,
# statements deleted or duplicated) and valid hashes, and the consumer is
# compiled against it with -fchecking.  Each compile must end with exit
# status 0 (the importer refused the body with a warning, or imported a
# body it found consistent) or with a clean error -- never an internal
# compiler error, a crash or a timeout.  Failing cases are kept in
# WORK/fail-SEED/ (the DB, the consumer's command and its output).
#
# Prints a summary and a last line "import-fuzz: N runs, N failed"; exits
# 1 if any failed.  Deterministic for given SEED and number of runs.
set -u
src=$1 bld=$2 work=$3
shift 3
limit_time=600 limit_runs=0
if [ "${1:-}" = -n ]; then limit_runs=$2; limit_time=0; shift 2
elif [ -n "${1:-}" ]; then limit_time=$1; shift; fi
seed0=${1:-1}
plugin=$bld/plugin/xinline.so xdb=$bld/tools/xinline-db mut=$bld/tools/xir-mutate
CC=${CC:-gcc}
for f in "$plugin" "$xdb" "$mut"; do
	[ -x "$f" ] || [ -f "$f" ] || { echo "import-fuzz: $f missing (make, make tools/xir-mutate)"; exit 2; }
done
rm -rf "$work"; mkdir -p "$work"
python3 "$src/testsuite/diff/xidiff.py" --plugin "$plugin" --xinline-db "$xdb" \
	--include "$src/include" --cc "$CC" -n 4 --seed $((seed0 * 1000)) --gen own \
	--levels=-O2 --flagsets std --keep -q --work "$work/progs" >"$work/progs.log" 2>&1
progs=()
for d in "$work"/progs/own-*; do
	[ -s "$d/O2-std/ab.xdb" ] && progs+=("$d")
done
[ ${#progs[@]} -gt 0 ] || { echo "import-fuzz: no program built (see $work/progs.log)"; exit 2; }

runs=0 failed=0 clean_err=0 warned=0 quiet=0 mutfail=0
start=$(date +%s)
i=0 s=0 stop=0
# SIGINT or SIGTERM: stop after the current compile, still summarise.
trap 'stop=1' INT TERM
while [ $stop = 0 ]; do
	if [ "$limit_runs" -gt 0 ]; then [ $runs -ge "$limit_runs" ] && break
	else [ $(( $(date +%s) - start )) -ge "$limit_time" ] && break; fi
	i=$((i + 1))
	s=$((seed0 * 1000000 + i))
	d=${progs[$((i % ${#progs[@]}))]}
	if ! "$mut" "$d/O2-std/ab.xdb" "$work/m.xdb" $s $((1 + i % 3)) 2>"$work/mut.err"; then
		mutfail=$((mutfail + 1)); continue
	fi
	runs=$((runs + 1))
	cmd=(timeout 60 $CC -O2 -I"$src/include" -I"$d" -Wno-overflow -Wno-unused-variable
	     -Wno-unused-but-set-variable -Wno-bool-operation -fplugin="$plugin" -fchecking
	     -fplugin-arg-xinline-db="$work/m.xdb" -S "$d/main.c" -o "$work/out.s")
	"${cmd[@]}" >"$work/cc.out" 2>&1
	rc=$?
	if [ $rc -ge 124 ] || grep -q 'internal compiler error\|Segmentation fault\|Aborted\|please submit' "$work/cc.out"; then
		failed=$((failed + 1))
		mkdir -p "$work/fail-$s"
		cp "$work/m.xdb" "$work/cc.out" "$work/fail-$s/"
		cmd[${#cmd[@]}-5]=-fplugin-arg-xinline-db="$work/fail-$s/m.xdb"
		printf '%q ' "${cmd[@]}" >"$work/fail-$s/cmd"
		echo "FAIL: seed $s (program $(basename "$d")): exit $rc: $(grep -m1 'internal compiler error\|Segmentation\|error' "$work/cc.out" | cut -c1-200)"
	elif [ $rc -ne 0 ]; then
		clean_err=$((clean_err + 1))
	elif grep -q 'warning: xinline' "$work/cc.out"; then
		warned=$((warned + 1))
	else
		quiet=$((quiet + 1))
	fi
done
echo "import-fuzz: $(( $(date +%s) - start )) s, ${#progs[@]} programs, seeds $((seed0 * 1000000 + 1))..$s"
echo "  compiles ending in a clean error: $clean_err"
echo "  compiles where the importer refused a body (warning): $warned"
echo "  compiles with no diagnostic (mutation accepted or in an unused helper): $quiet"
echo "  internal compiler errors, crashes, timeouts: $failed"
[ $mutfail -gt 0 ] && echo "  (mutator could not decode its input $mutfail times)"
echo "import-fuzz: $runs runs, $failed failed"
[ $failed -eq 0 ]
