#!/usr/bin/env bash
# corpus.sh - `make helper-corpus': build the rust_helper corpus
# (examples/kernel-helpers) against the installed kernel headers, with
# xinline and without, and report:
#   - helpers exported / refused by the provider (xkh_helpers.ko), with each
#     refusal's reason;
#   - call sites to DB helpers inlined / not inlined in the consumer
#     (xkh_consumer.ko), with each reason;
#   - that xkh_consumer.ko has no undefined reference to, and no call of,
#     any exported helper (nm, objdump);
#   - that modpost is clean (no WARNING/ERROR) and objtool silent in the
#     xinline build;
#   - calls to rust_helper_* in consumer.o with and without xinline.
#
# Usage: corpus.sh [SRCDIR [BUILDDIR [OUTDIR]]]
#   SRCDIR    the xinline source tree (default: two levels up from here)
#   BUILDDIR  the xinline build tree: plugin/xinline.so, tools/xinline-db
#             (default: SRCDIR)
#   OUTDIR    where the modules are built (default: BUILDDIR/helper-corpus);
#             emptied first, so every object is rebuilt with the current
#             plugin (Kbuild does not notice a changed plugin by itself when
#             the command line is unchanged)
# Environment:
#   KVER          kernel version (default: the newest /lib/modules/*/build)
#   GCC_VERSION   the GCC the plugin was built for (passed to Kbuild)
#   JOBS          make -j (default 2)
# Ends with "N passed, N failed"; exits non-zero if anything failed.
set -u
# The kernel's Makefile unexports LC_ALL: set the others too, so that GCC
# quotes names with ' (the notes are parsed below).
export LC_ALL=C LANG=C LC_CTYPE=C LC_MESSAGES=C

here=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "${1:-$here/../..}" && pwd)
BLD=$(cd "${2:-$SRC}" && pwd)
OUT=${3:-$BLD/helper-corpus}
JOBS=${JOBS:-2}
EX=$SRC/examples/kernel-helpers

# Helpers that are refused on purpose, each with the reason it must be and
# the test that shows the refusal (README.md has the details).
declare -A expected_refusal=(
	[rust_helper_init_waitqueue_head]="static local variable '__key'"
)

# Call sites the consumer must keep as calls, with the reason the report
# must give: the deliberately unexported reference (module safety).
declare -A expected_call=(
	[rust_helper_xkh_private_events]="it references 'xkh_private_events', which is not exported to modules"
)

npass=0
nfail=0
pass() { echo "PASS: $*"; npass=$((npass + 1)); }
fail() { echo "FAIL: $*"; nfail=$((nfail + 1)); }
finish() {
	echo "logs and modules: $OUT"
	echo "$npass passed, $nfail failed"
	[ $nfail -eq 0 ] && [ $npass -gt 0 ]
	exit $?
}

PLUGIN=$BLD/plugin/xinline.so
DBTOOL=$BLD/tools/xinline-db
if [ ! -f "$PLUGIN" ] || [ ! -x "$DBTOOL" ]; then
	fail "build xinline first: $PLUGIN and $DBTOOL"
	finish
fi
if [ -z "${KVER:-}" ]; then
	d=$(ls -d /lib/modules/*/build 2>/dev/null | sort -V | tail -n 1)
	[ -n "$d" ] && KVER=$(basename "$(dirname "$d")")
fi
if [ -z "${KVER:-}" ] || [ ! -d "/lib/modules/$KVER/build" ]; then
	fail "no kernel headers in /lib/modules/*/build (apt-get install linux-headers-amd64)"
	finish
fi
KDIR=/lib/modules/$KVER/build
echo "helper-corpus: kernel $KVER ($(sed -n 's/^CONFIG_CC_VERSION_TEXT=//p' "$KDIR/include/config/auto.conf")), plugin $PLUGIN"

rm -rf "$OUT"
mkdir -p "$OUT"
gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")

# build FLAVOUR (xinline|plain): both modules in one M= directory of links.
build() {
	local d=$OUT/$1
	mkdir -p "$d"
	for f in Kbuild helpers.c helpers.h consumer.c; do
		ln -sf "$EX/$f" "$d/$f"
	done
	make -C "$KDIR" M="$d" -j"$JOBS" XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" \
		XINLINE=$([ "$1" = xinline ] && echo y || echo n) "${gccv[@]}" \
		>"$OUT/build-$1.log" 2>&1
}

for fl in xinline plain; do
	if build $fl; then
		pass "$fl build of xkh_helpers.ko and xkh_consumer.ko"
	else
		fail "$fl build (see $OUT/build-$fl.log)"
		tail -n 30 "$OUT/build-$fl.log"
		finish
	fi
done

X=$OUT/xinline
LOG=$OUT/build-xinline.log

# ---- the provider: exported / refused --------------------------------------
defined=$(grep -c '^EXPORT_SYMBOL_GPL(rust_helper_' "$EX/helpers.c")
grep -E "helpers\.c:[0-9]+:[0-9]+: note: xinline: '[^']*' (exported|not exported)" "$LOG" |
	sed -E "s/.*note: xinline: '([^']*)' /\1 /" | sort -u >"$OUT/provider.txt"
exported=$(grep -c ' exported (' "$OUT/provider.txt")
refused=$(grep -c ' not exported: ' "$OUT/provider.txt")
echo
echo "provider xkh_helpers.ko: $defined helpers, $exported exported, $refused refused"
grep ' not exported: ' "$OUT/provider.txt" | sed 's/ not exported: /: /; s/^/  refused: /'
indb=$("$DBTOOL" list "$X/xinline.xdb" | awk '{ print $1 }' | grep -c '^rust_helper_')
if [ "$exported" -eq "$indb" ] && [ $((exported + refused)) -eq "$defined" ]; then
	pass "provider: every helper has a verdict ($exported exported = $indb in xinline.xdb, $refused refused)"
else
	fail "provider: $defined helpers, $exported exported, $refused refused, $indb in the DB"
fi
unexpected=0
while read -r name _ _ reason; do
	want=${expected_refusal[$name]:-}
	if [ -z "$want" ]; then
		fail "unexpected refusal: $name: $reason"
		unexpected=$((unexpected + 1))
	elif [[ "$reason" != *"$want"* ]]; then
		fail "$name refused for another reason than expected ($want): $reason"
		unexpected=$((unexpected + 1))
	fi
done < <(grep ' not exported: ' "$OUT/provider.txt" | sed 's/ not exported: / - - /')
[ $unexpected -eq 0 ] && pass "provider: every refusal is an expected one"
for name in "${!expected_refusal[@]}"; do
	grep -q "^$name exported" "$OUT/provider.txt" &&
		echo "  note: $name is exported now: drop it from expected_refusal and README.md"
done

# ---- the consumer: call sites ---------------------------------------------
grep -E "consumer\.c:[0-9]+:[0-9]+: note: xinline: call to '[^']*' (inlined|not inlined)" "$LOG" |
	sed -E "s/^.*consumer\.c:([0-9]+):([0-9]+): note: xinline: call to /\1:\2 /" |
	sort -u >"$OUT/consumer.txt"
sites=$(grep -o 'rust_helper_[A-Za-z0-9_]*(' "$EX/consumer.c" | wc -l)
notes=$(wc -l <"$OUT/consumer.txt")
inlined=$(grep -c "' inlined$" "$OUT/consumer.txt")
notinl=$(grep -c "' not inlined" "$OUT/consumer.txt")
echo
echo "consumer xkh_consumer.ko: $sites call sites of helpers, $notes of them to DB helpers: $inlined inlined, $notinl not inlined"
grep "' not inlined" "$OUT/consumer.txt" | sed 's/^/  not inlined: consumer.c:/'
for name in "${!expected_refusal[@]}"; do
	n=$(grep -o "$name(" "$EX/consumer.c" | wc -l)
	echo "  calls to refused $name (not in the DB, so no note): $n"
done
bad_sites=0
while read -r pos name rest; do
	name=${name//\'/}
	want=${expected_call[$name]:-}
	if [ -z "$want" ]; then
		bad_sites=$((bad_sites + 1))
	elif [[ "$rest" != *"$want"* ]]; then
		fail "consumer.c:$pos: $name not inlined for another reason than expected ($want)"
		bad_sites=$((bad_sites + 1))
	fi
done < <(grep "' not inlined" "$OUT/consumer.txt")
for name in "${!expected_call[@]}"; do
	grep -q "'$name' not inlined: .*${expected_call[$name]}" "$OUT/consumer.txt" ||
		fail "consumer: the call to $name was not refused with: ${expected_call[$name]}"
done
if [ "$bad_sites" -eq 0 ] && [ "$inlined" -gt 0 ]; then
	pass "consumer: all $inlined call sites to DB helpers inlined, except the ${#expected_call[@]} expected one(s)"
else
	fail "consumer: $bad_sites call sites to DB helpers not inlined"
fi

# ---- the consumer .ko: no reference to an exported helper -------------------
"$DBTOOL" list "$X/xinline.xdb" | awk '{ print $1 }' | sort -u >"$OUT/db-helpers.txt"
# The helpers whose calls must be inlined: the DB minus expected_call.
printf '%s\n' "${!expected_call[@]}" | sort -u | comm -23 "$OUT/db-helpers.txt" - \
	>"$OUT/must-inline.txt"
nm -u "$X/xkh_consumer.ko" | awk '{ print $2 }' | sort -u >"$OUT/consumer-undef.txt"
bad=$(comm -12 "$OUT/must-inline.txt" "$OUT/consumer-undef.txt")
if [ -z "$bad" ]; then
	pass "nm: xkh_consumer.ko has no undefined reference to any of the $(wc -l <"$OUT/must-inline.txt") exported helpers it may inline"
else
	fail "nm: xkh_consumer.ko references exported helpers: $(echo $bad)"
fi
objdump -dr "$X/xkh_consumer.ko" | grep -oE 'R_X86_64_[A-Z0-9_]+[[:space:]]+rust_helper_[A-Za-z0-9_]+' |
	awk '{ print $2 }' | sort | uniq -c >"$OUT/consumer-calls.txt"
badcalls=$(awk '{ print $2 }' "$OUT/consumer-calls.txt" | comm -12 "$OUT/must-inline.txt" -)
if [ -z "$badcalls" ]; then
	pass "objdump: xkh_consumer.ko calls no exported helper"
else
	fail "objdump: xkh_consumer.ko still calls: $(echo $badcalls)"
fi
left=$(awk '{ s += $1 } END { print s + 0 }' "$OUT/consumer-calls.txt")
plain=$(objdump -dr "$OUT/plain/xkh_consumer.ko" | grep -cE 'R_X86_64_[A-Z0-9_]+[[:space:]]+rust_helper_')
echo "  rust_helper_* call relocations in xkh_consumer.ko: $left with xinline ($(awk '{ printf "%s%s", sep, $2; sep=" " }' "$OUT/consumer-calls.txt")), $plain without"

# ---- modpost ------------------------------------------------------------------
mp=$(grep -E '^(WARNING|ERROR): modpost' "$LOG")
if [ -z "$mp" ]; then
	pass "modpost: no warning or error in the xinline build"
else
	fail "modpost: $(echo "$mp" | wc -l) warning(s)/error(s) in the xinline build"
	echo "$mp" | sed 's/^/  /'
fi
ot=$(grep -E 'objtool' "$LOG" | grep -E 'warning|error')
if [ -z "$ot" ]; then
	pass "objtool: no warning in the xinline build"
else
	fail "objtool: $(echo "$ot" | wc -l) warning(s) in the xinline build"
	echo "$ot" | sed 's/^/  /'
fi
mpp=$(grep -cE '^(WARNING|ERROR): modpost' "$OUT/build-plain.log")
[ "$mpp" -eq 0 ] || echo "  (the plain build has $mpp modpost warning(s) too)"

echo
finish
