#!/usr/bin/env bash
# db-concurrent.sh - run by db-concurrent.exp:
#   bash db-concurrent.sh XINLINE_DB PLUGIN CC INCLUDE WORKDIR
# Two writers rebuild the same DB over and over, alternately from a small
# and a large set of helpers, while readers list it and compile a consumer
# against it.  Every read must see one complete DB (exactly the small or
# the large helper list; a consumer compile without any xinline error),
# and the writers must never fail.  Prints PASS:/FAIL: lines.
set -u
xdb=$1 plugin=$2 cc=$3 inc=$4 work=$5
rm -rf "$work"; mkdir -p "$work"; cd "$work" || exit 1

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1"; shift; for l in "$@"; do echo "  $l"; done; }

# small.o: 2 helpers; big1..8.o: 8 x 60 helpers.
{
	echo '__attribute__((xinline)) int xc_s0 (int x) { return x + 1; }'
	echo '__attribute__((xinline)) int xc_s1 (int x) { return x * 3; }'
} >small.c
for k in 1 2 3 4 5 6 7 8; do
	for i in $(seq 0 59); do
		echo "__attribute__((xinline)) long xc_b${k}_$i (long *p, long x) { if (p && x > $i) return p[$((i % 7))] ^ (x << $((i % 13))); return x - $i; }"
	done >big$k.c
done
{
	echo 'int xc_s0 (int); int xc_s1 (int);'
	echo 'int use (int x) { return xc_s0 (x) + xc_s1 (x); }'
} >use.c
for f in small big1 big2 big3 big4 big5 big6 big7 big8; do
	$cc -O2 -fplugin="$plugin" -fplugin-arg-xinline-export -c $f.c -o $f.o || { fail "concurrent DB: providers build"; exit 0; }
done
"$xdb" build -o small.xdb small.o && "$xdb" build -o big.xdb small.o big?.o || { fail "concurrent DB: reference DBs"; exit 0; }
"$xdb" list small.xdb | cut -f1 | sort >small.list
"$xdb" list big.xdb | cut -f1 | sort >big.list
cp small.xdb shared.xdb
echo "DB sizes: $(stat -c %s small.xdb) and $(stat -c %s big.xdb) bytes" >&2

writer() {
	local i
	for i in $(seq 1 150); do
		"$xdb" build -o shared.xdb small.o || echo "writer $1: build $i (small) failed" >>errors
		"$xdb" build -o shared.xdb small.o big?.o || echo "writer $1: build $i (big) failed" >>errors
	done
}
lister() {
	local i n=0
	for i in $(seq 1 400); do
		if "$xdb" list shared.xdb >l.$1 2>e.$1; then
			cut -f1 l.$1 | sort >s.$1
			cmp -s s.$1 small.list || cmp -s s.$1 big.list ||
				echo "lister $1: read $i: a DB that is neither: $(wc -l <s.$1) helpers" >>errors
		else
			echo "lister $1: read $i: $(head -c 200 e.$1)" >>errors
		fi
	done
}
compiler() {
	local i
	for i in $(seq 1 30); do
		$cc -O2 -fplugin="$plugin" -fplugin-arg-xinline-db=shared.xdb -S use.c -o use.$1.s 2>ce.$1 ||
			echo "compiler $1: compile $i failed: $(head -c 200 ce.$1)" >>errors
		grep -q 'xinline' ce.$1 && echo "compiler $1: compile $i: $(head -c 200 ce.$1)" >>errors
		grep -Eqs '(call|jmp)[[:space:]]+xc_s' use.$1.s && echo "compiler $1: compile $i: helper not inlined" >>errors
	done
}
: >errors
writer 1 & w1=$!
writer 2 & w2=$!
lister 1 & l1=$!
lister 2 & l2=$!
compiler 1 & c1=$!
wait $w1 $w2 $l1 $l2 $c1
if [ -s errors ]; then
	fail "concurrent DB: 2 writers x 300 builds, 2 x 400 lists, 30 consumer compiles: every read saw a whole DB" \
		"$(head -n 5 errors)" "$(wc -l <errors) errors"
else
	pass "concurrent DB: 2 writers x 300 builds, 2 x 400 lists, 30 consumer compiles: every read saw a whole DB"
fi
left=$(ls | grep -c '\.tmp\.' || true)
if [ "$left" -eq 0 ]; then pass "concurrent DB: no temporary file left behind"
else fail "concurrent DB: no temporary file left behind" "$(ls | grep '\.tmp\.' | head -3)"; fi
"$xdb" build -o again.xdb small.o big?.o
if cmp -s shared.xdb big.xdb && cmp -s again.xdb big.xdb; then
	pass "concurrent DB: the last build's DB is byte-identical to a quiet build's"
else
	fail "concurrent DB: the last build's DB is byte-identical to a quiet build's"
fi
exit 0
