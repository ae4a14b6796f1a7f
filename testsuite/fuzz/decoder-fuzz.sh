#!/usr/bin/env bash
# decoder-fuzz.sh - fuzz the IR decoder (tools/xir-fuzz.c) with libFuzzer.
#
#   bash decoder-fuzz.sh SRCDIR BUILDDIR WORK [SECONDS] [MODE]
#
# Needs clang with libFuzzer (Debian: apt-get install clang
# libclang-rt-14-dev).  MODE "deep" (default) builds with
# FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION, so that mutated records get
# past the record hash into the decoder proper; "prod" fuzzes the
# production configuration (hash checked).  ASan and UBSan are on; an
# input taking over 10 s is a hang, a process over 2 GiB (or a single
# allocation that large) is unbounded allocation: both count as crashes.
#
# The seed corpus is the .gnu.xinline section of every object and every
# .xdb under BUILDDIR/testsuite/tmp (run `make check' first), plus
# WORK/corpus from earlier runs; the corpus grows in WORK/corpus.  Ends with
# "decoder-fuzz: N executions in S s, N crashes" (crashing inputs in WORK/).
set -u
src=$1 bld=$2 work=$3 secs=${4:-600} mode=${5:-deep}
mkdir -p "$work/corpus" "$work/seeds"
command -v clang >/dev/null || { echo "decoder-fuzz: clang not found (apt-get install clang libclang-rt-14-dev)"; exit 2; }
def=-DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
[ "$mode" = prod ] && def=
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	$def -I"$src/ir" "$src/tools/xir-fuzz.c" "$src"/ir/xir-*.c \
	-o "$work/xir-fuzz-$mode" || { echo "decoder-fuzz: build failed (libFuzzer missing?)"; exit 2; }
n=0
while IFS= read -r f; do
	case $f in
	*.xdb) cp "$f" "$work/seeds/s$n" ;;
	*) objcopy -O binary --only-section=.gnu.xinline "$f" "$work/seeds/s$n" 2>/dev/null ;;
	esac
	[ -s "$work/seeds/s$n" ] && n=$((n + 1)) || rm -f "$work/seeds/s$n"
done < <(find "$bld/testsuite/tmp" \( -name '*.o' -o -name '*.xdb' \) 2>/dev/null | sort | head -n 3000)
echo "decoder-fuzz: $n seed inputs; mode $mode; $secs s"
"$work/xir-fuzz-$mode" -merge=1 "$work/corpus" "$work/seeds" >"$work/merge.log" 2>&1
rm -rf "$work/seeds"
(cd "$work" && "./xir-fuzz-$mode" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$work/" corpus >"$work/fuzz-$mode.log" 2>&1)
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz-$mode.log")
crashes=$(ls "$work" | grep -c '^\(crash\|leak\|timeout\|oom\)-' || true)
echo "decoder-fuzz: ${execs:-0} executions in $secs s, $crashes crashes"
[ "$crashes" -eq 0 ]
