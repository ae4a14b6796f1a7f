#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# kbuild/pass2-budget.sh - the whole-tree flow's pass-2 budget: which of
# the consumers whole-tree.sh found are rebuilt with the DB, by value per
# estimated compile cost (docs/DESIGN.md "The whole-tree flow").
#
#   pass2-budget.sh --check PERCENT
#       exits 2 with one message unless PERCENT is 1 to 100
#   pass2-budget.sh --records WORK
#       the units' records of hot calls into WORK/hot-calls (below)
#   pass2-budget.sh WORK PERCENT [UNIT...]
#       the budget
#
# WORK is whole-tree.sh's work directory; it reads
#   WORK/units       the units compiled with the plugin (paths under WORK/xi)
#   WORK/units.kind  UNIT<TAB>KIND, kind 1 a consumer (whole-tree.sh step 4)
#   WORK/hot-calls   UNIT<TAB>CALLEE<TAB>SUM, the units' records
#   WORK/exported    the DB's helpers, one a line
# and, under WORK/xi, each unit's object and its Kbuild .UNIT.cmd.
#
# Cost: the estimated CPU cost of compiling a unit (ms on the machine the
# model was fitted on; only the ratios matter): XI_COST_FRONT +
# XI_COST_DEPKB * the kilobytes of the sources and headers its .cmd's
# dependency list names + XI_COST_TEXTKB * its object's text (size(1)) in
# kilobytes.  Value: the SUMs of its record's DB callees.  The consumers
# named as UNIT come first, then the rest by value per cost, highest
# first, ties by path; each is kept while the kept units' cost stays
# within PERCENT % of all units' cost (one that does not fit is passed
# over: a cheaper one after it may still fit).  The consumers not kept
# become kind 4 ("over budget") in WORK/units.kind (read as consumers
# again by a second run).  Only files of the
# tree are read, never a time: the same tree and config give the same
# choice.  Writes WORK/units.cost (UNIT<TAB>COST), WORK/value-cost (the
# consumers in the order taken: UNIT, value, cost, value per cost) and
# prints one summary line.

set -u
usage() {
  echo "usage: pass2-budget.sh --check PERCENT | --records WORK | WORK PERCENT [UNIT...]" >&2
  exit 2
}
# check PERCENT: one message and exit 2 unless it is 1 to 100
check() {
  if ! [[ $1 =~ ^[0-9]{1,3}$ ]] || [ "$((10#$1))" -gt 100 ] || [ "$((10#$1))" = 0 ]; then
    echo "XI_PASS2_BUDGET='$1' needs a percentage of pass 1's estimated compile cost from 1 to 100, e.g. XI_PASS2_BUDGET=25 (100: every unit with hot calls)" >&2
    exit 2
  fi
}
# records WORK: the records (.gnu.xinline.calls) of the objects WORK/units
# names under WORK/xi, as WORK/hot-calls: UNIT<TAB>CALLEE<TAB>SUM lines
# and one UNIT<TAB><TAB>0 line for each unit that has a record.  Version 2
# strings are "NAME SUM"; version 1 named the callees alone (each counted
# as 1000); another version is refused with a message.
records() {
  # (/dev/null, which readelf skips: it names each file only when given
  # more than one)
  ( cd "$1/xi" && xargs -r readelf -W -p .gnu.xinline.calls /dev/null 2>/dev/null <"$1/units" ) |
    awk -F'\t' '/^File: / { o = substr($0, 7); v = ""; next }
      o != "" && /^ *\[ *[0-9a-f]+\] / { sub(/^ *\[ *[0-9a-f]+\] +/, "")
        if (v == "" && $0 ~ /^xinline-calls /) { v = substr($0, 15); print o "\t\t0"; next }
        if (v != 1 && v != 2) {
          print "pass2-budget.sh: " o ": .gnu.xinline.calls version " v " is not known (1 or 2): rebuild xinline and the kernel with it" >"/dev/stderr"
          exit 2 }
        split($0, f, " "); print o "\t" f[1] "\t" (v == 1 ? 1000 : f[2]) }' >"$1/hot-calls"
}
case "${1:-}" in
  --check) check "${2:-}"; exit 0 ;;
  --records) [ $# = 2 ] && [ -f "$2/units" ] || usage; records "$2"; exit ;;
esac
[ $# -ge 2 ] || usage
check "$2"
WORK=$1 PCT=$((10#$2))
shift 2
ALWAYS="$*"
F=${XI_COST_FRONT:-0} D=${XI_COST_DEPKB:-0.105} T=${XI_COST_TEXTKB:-47.2}
TAB=$(printf '\t')
for f in units units.kind hot-calls exported; do
  [ -f "$WORK/$f" ] || { echo "pass2-budget.sh: no $WORK/$f (run by whole-tree.sh after its step 4)" >&2; exit 2; }
done

# UNIT<TAB>COST for every unit
( cd "$WORK/xi" || exit 1
  sed -E 's#(^|/)([^/]*)$#\1.\2.cmd#' "$WORK/units" | xargs -r awk '
    FNR == 1 { o = FILENAME; sub(/\.cmd$/, "", o); match(o, /[^\/]*$/)
               o = substr(o, 1, RSTART - 1) substr(o, RSTART + 1); on = 0 }
    /^deps_/ { on = 1; next }
    on && /^$/ { on = 0 }
    on && $1 !~ /^(\$\(wildcard|\\$)/ { print o "\t" $1 }' >"$WORK/units.deps"
  cut -f2 "$WORK/units.deps" | LC_ALL=C sort -u | xargs -r stat -c "%n$TAB%s" >"$WORK/deps.size" 2>/dev/null
  xargs -r size <"$WORK/units" 2>/dev/null | awk 'NR > 1 { print $NF "\t" $1 }' >"$WORK/units.text"
  awk -F'\t' -v F="$F" -v D="$D" -v T="$T" -v U="$WORK/units" '
    FILENAME ~ /deps\.size$/ { sz[$1] = $2; next }
    FILENAME ~ /units\.text$/ { tx[$1] = $2; next }
    { b[$1] += sz[$2] }
    END { while ((getline o < U) > 0) printf "%s\t%d\n", o, F + D * b[o] / 1024 + T * tx[o] / 1024 }' \
    "$WORK/deps.size" "$WORK/units.text" "$WORK/units.deps" ) >"$WORK/units.cost" || exit 1

# The consumers in the order they are taken; the cap and the total first
awk -F'\t' -v B="$PCT" -v L="$WORK/exported" -v H="$WORK/hot-calls" -v K="$WORK/units.kind" -v A="$ALWAYS" '
  BEGIN { while ((getline s < L) > 0) e[s] = 1
          while ((getline s < H) > 0) { split(s, f); if (f[2] in e) v[f[1]] += f[3] }
          n = split(A, f, " "); for (i = 1; i <= n; i++) always[f[i]] = 1 }
  { c[$1] = $2; all += $2 }
  END { printf "\t%d\t%d\tinf\n", B * all / 100, all
        while ((getline s < K) > 0) { split(s, f); if (f[2] == 1 || f[2] == 4)
          printf "%s\t%d\t%d\t%s\n", f[1], v[f[1]], c[f[1]],
            f[1] in always ? "1e300" : sprintf("%.9g", v[f[1]] / (c[f[1]] > 0 ? c[f[1]] : 1)) } }' \
  "$WORK/units.cost" | LC_ALL=C sort -t "$TAB" -k4,4gr -k1,1 >"$WORK/value-cost"

awk -F'\t' -v K="$WORK/units.kind" -v P="$PCT" '
  $1 == "" { cap = $2; all = $3; next }
  { if (used + $3 <= cap) { used += $3; nk++; vk += $2 } else { out[$1] = 1; no++; vo += $2 } }
  END { while ((getline s < K) > 0) { split(s, f); print f[1] "\t" (f[1] in out ? 4 : f[2] == 4 ? 1 : f[2]) }
        printf "pass-2 budget %d %%: %d of %d estimated (%.1f %%): %d consumers kept (value %d), %d over budget (value %d)\n",
          P, used, all, all ? 100 * used / all : 0, nk, vk, no, vo >"/dev/stderr" }' \
  "$WORK/value-cost" >"$WORK/units.kind.new" 2>"$WORK/budget.txt" &&
  mv "$WORK/units.kind.new" "$WORK/units.kind" && cat "$WORK/budget.txt"
