#!/bin/bash
# xinline.misc/pass2-budget.sh -- checks of kbuild/pass2-budget.sh (the
# whole-tree flow's pass-2 budget) on a fake work directory: costs from
# the units' dependency lists and text, the order by value per cost (ties
# by path, a unit that does not fit passed over), the units always taken,
# values only from DB helpers, determinism, and every misuse with its
# message.  Run by pass2-budget.exp; prints PASS:/FAIL: lines.
#
#   pass2-budget.sh BUDGET_SCRIPT WHOLE_TREE_SCRIPT CC DIR PLUGIN SRC
# (PLUGIN: xinline.so; SRC: a unit whose record the checks know,
# xinline.dg/export-hot-calls-sum.c)

set -u
B=$1 WT=$2 CC=$3 DIR=$4 PLUGIN=$5 SRC=$6
pass() { echo "PASS: pass2-budget: $*"; }
fail() { echo "FAIL: pass2-budget: $*"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# make_work W: the fake tree.  Costs with XI_COST_DEPKB=1 and the others
# 0 are the kilobytes of headers each unit's .cmd names: a 4, b 4, c 8,
# d 1, e 2, p 8, s/f 4 (31 in all).  Values from DB helpers: a 2000, b
# 2000 (two callees), c 2000, d 100, e 2000 (and 5000 for a callee that
# is not in the DB): per cost e 1000, a 500, b 500, c 250, d 100.  p
# references no helper (kind 0), s/f.o is cold-only (kind 3).
make_work() {
  local w=$1 u k
  rm -rf "$w" && mkdir -p "$w/xi/s" || return 1
  head -c 1024 /dev/zero >"$w/xi/h1"; head -c 2048 /dev/zero >"$w/xi/h2"
  head -c 4096 /dev/zero >"$w/xi/h4"; head -c 8192 /dev/zero >"$w/xi/h8"
  for u in a:h4 b:h4 c:h8 d:h1 e:h2 p:h8 s/f:h4; do
    k=${u%%:*}
    echo "int f_${k##*/} (int x) { return x * 3 + 1; }" >"$w/xi/$k.c"
    "$CC" -O2 -c -o "$w/xi/$k.o" "$w/xi/$k.c" || return 1
    printf 'savedcmd_%s.o := gcc -c\n\nsource_%s.o := %s.c\n\ndeps_%s.o := \\\n  %s \\\n  $(wildcard include/config/X) \\\n\n%s.o: $(deps_%s.o)\n\n$(deps_%s.o):\n' \
      "$k" "$k" "$k" "$k" "${u#*:}" "$k" "$k" "$k" >"$w/xi/$(dirname "$k")/.$(basename "$k").o.cmd"
  done
  printf '%s\n' a.o b.o c.o d.o e.o p.o s/f.o >"$w/units"
  printf 'a.o\t1\nb.o\t1\nc.o\t1\nd.o\t1\ne.o\t1\np.o\t0\ns/f.o\t3\n' >"$w/units.kind"
  printf 'x\ny\nz\nw\n' >"$w/exported"
  printf '%s\n' "a.o		0" "a.o	x	2000" "b.o		0" "b.o	x	1000" "b.o	y	1000" \
    "c.o		0" "c.o	z	2000" "d.o		0" "d.o	w	100" "e.o		0" "e.o	notdb	5000" \
    "e.o	x	2000" "p.o		0" "s/f.o		0" >"$w/hot-calls"
}
# run W PERCENT [UNIT...]: the budget with cost = kilobytes of headers;
# the kept consumers (kind 1) into KEPT, the over-budget ones into OVER
run() {
  local w=$1
  shift
  OUT=$(XI_COST_FRONT=0 XI_COST_DEPKB=1 XI_COST_TEXTKB=0 bash "$B" "$w" "$@" 2>&1)
  RC=$?
  KEPT=$(awk -F'\t' '$2 == 1 { printf "%s ", $1 }' "$w/units.kind")
  OVER=$(awk -F'\t' '$2 == 4 { printf "%s ", $1 }' "$w/units.kind")
}

W=$DIR/w
make_work "$W" || { fail "cannot make the fake tree"; exit 1; }
run "$W" 100
check "budget 100 keeps every consumer ($KEPT)" test "$RC/$KEPT/$OVER" = "0/a.o b.o c.o d.o e.o /"
check "costs from the dependency lists ($(tr '\t\n' ': ' <"$W/units.cost"))" \
  test "$(tr '\t\n' ': ' <"$W/units.cost")" = "a.o:4 b.o:4 c.o:8 d.o:1 e.o:2 p.o:8 s/f.o:4 "
check "order by value per cost, ties by path ($(cut -f1 "$W/value-cost" | tr '\n' ' '))" \
  test "$(cut -f1 "$W/value-cost" | tr '\n' ' ')" = " e.o a.o b.o c.o d.o "
check "only DB helpers count (e.o's value 2000)" grep -qx "e.o	2000	2	1000" "$W/value-cost"
check "other kinds unchanged" grep -qx "s/f.o	3" "$W/units.kind"
run "$W" 40
check "budget 40 (12 of 31): c.o does not fit and is passed over, d.o still fits ($KEPT/ $OVER)" \
  test "$KEPT/$OVER" = "a.o b.o d.o e.o /c.o "
check "the summary line (${OUT})" \
  test "$OUT" = "pass-2 budget 40 %: 11 of 31 estimated (35.5 %): 4 consumers kept (value 6100), 1 over budget (value 2000)"
cp "$W/units.kind" "$DIR/kind.40" && cp "$W/value-cost" "$DIR/value-cost.40"
run "$W" 10
check "budget 10 (3 of 31): e.o and d.o ($KEPT/ $OVER)" test "$KEPT/$OVER" = "d.o e.o /a.o b.o c.o "
run "$W" 40
check "a second run reads the over-budget units as consumers again" cmp -s "$W/units.kind" "$DIR/kind.40"
run "$W" 40 c.o
check "units named are taken first: c.o, then e.o and d.o ($KEPT/ $OVER)" test "$KEPT/$OVER" = "c.o d.o e.o /a.o b.o "
make_work "$DIR/w2" && run "$DIR/w2" 40
check "deterministic: another tree with the same files gives the same choice" cmp -s "$DIR/w2/units.kind" "$DIR/kind.40"
check "deterministic: the same value-cost file" cmp -s "$DIR/w2/value-cost" "$DIR/value-cost.40"
OUT=$(XI_COST_FRONT=5 XI_COST_DEPKB=0 XI_COST_TEXTKB=1024 bash "$B" "$W" 100 2>&1)
t=$(size "$W/xi/a.o" | awk 'NR == 2 { print $1 }')
check "text counts: a.o costs 5 + its text ($t bytes at 1024 a KB)" grep -qx "a.o	$((5 + t))" "$W/units.cost"

# Records: version 2 as the plugin writes it, version 1 (names alone, each
# 1000), a unit without a record; another version refused
R=$DIR/rec
rm -rf "$R" && mkdir -p "$R/xi"
"$CC" -O2 -fplugin="$PLUGIN" -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=0 \
  -c -o "$R/xi/v2.o" "$SRC"
echo "int g (int x) { return x; }" >"$R/xi/g.c"
"$CC" -O2 -c -o "$R/xi/none.o" "$R/xi/g.c"
printf 'xinline-calls 1\0bar\0foo\0' >"$R/v1.sec"
printf 'xinline-calls 3\0foo 5\0' >"$R/v3.sec"
objcopy --add-section .gnu.xinline.calls="$R/v1.sec" "$R/xi/none.o" "$R/xi/v1.o"
objcopy --add-section .gnu.xinline.calls="$R/v3.sec" "$R/xi/none.o" "$R/xi/v3.o"
printf '%s\n' none.o v1.o v2.o >"$R/units"
m=$(bash "$B" --records "$R" 2>&1); rc=$?
check "records of versions 1 and 2 read ($(tr '\t\n' ':|' <"$R/hot-calls"))" \
  test "$rc/$m/$(tr '\t\n' ':|' <"$R/hot-calls")" = "0//v1.o::0|v1.o:bar:1000|v1.o:foo:1000|v2.o::0|v2.o:mixed:1200|v2.o:once:1000|v2.o:twice:2000|"
printf '%s\n' v2.o v3.o >"$R/units"
m=$(bash "$B" --records "$R" 2>&1); rc=$?
check "a record of version 3 refused ($m)" \
  test "$rc/$m" = "2/pass2-budget.sh: v3.o: .gnu.xinline.calls version 3 is not known (1 or 2): rebuild xinline and the kernel with it"
printf '%s\n' v2.o >"$R/units"
bash "$B" --records "$R"
check "the record of a single unit read ($(tr '\t\n' ':|' <"$R/hot-calls"))" \
  test "$(tr '\t\n' ':|' <"$R/hot-calls")" = "v2.o::0|v2.o:mixed:1200|v2.o:once:1000|v2.o:twice:2000|"
m=$(bash "$B" --records "$DIR/nowhere" 2>&1); rc=$?
check "--records without WORK/units: the usage" test "$rc" = 2 -a -n "$(printf '%s' "$m" | grep '^usage: ')"

# Misuse: one message naming the thing and the fix, exit 2
for v in 0 101 abc -5 "" 3x; do
  m=$(bash "$B" --check "$v" 2>&1); rc=$?
  check "--check '$v' refused with one message ($m)" \
    test "$rc" = 2 -a "$(printf '%s\n' "$m" | grep -c "XI_PASS2_BUDGET='$v' needs a percentage .* from 1 to 100")" = 1
done
check "--check 1 and 100 accepted" sh -c "bash '$B' --check 1 && bash '$B' --check 100 && bash '$B' --check 030"
m=$(bash "$B" 2>&1); rc=$?
check "no arguments: the usage ($m)" test "$rc" = 2 -a -n "$(printf '%s' "$m" | grep '^usage: pass2-budget.sh')"
m=$(bash "$B" "$DIR/nowhere" 30 2>&1); rc=$?
check "a work directory without whole-tree.sh's files ($m)" \
  test "$rc" = 2 -a -n "$(printf '%s' "$m" | grep "no $DIR/nowhere/units (run by whole-tree.sh")"
mkdir -p "$DIR/xi-build"
m=$(XI_PASS2_BUDGET=150 bash "$WT" "$DIR" "$DIR/xi-build" "$DIR/wt-work" 2>&1); rc=$?
check "whole-tree.sh XI_PASS2_BUDGET=150: refused before anything ($m)" \
  test "$rc" = 2 -a ! -e "$DIR/wt-work" -a "$(printf '%s\n' "$m" | grep -c "XI_PASS2_BUDGET='150'")" = 1
