#!/usr/bin/env bash
# corpus.sh - `make modules-corpus' for one installed kernel: the in-tree
# modules of drivers.txt (block, file systems, network, lib), taken from the
# kernel's Debian source package and built M= against its installed headers,
# plain and importing one vmlinux DB that kbuild/kernel-db.sh makes for all
# of them (--for).  Per driver: the calls to vmlinux exports (relocations of
# the plain .ko files), of those the ones to functions with a DB body, the
# call sites to DB functions in the xinline report, inlined, and refused by
# reason class; the DB's gaps (calls to exports without a body, by
# kernel-db.sh's gaps.txt class); modpost and objtool clean; the counts
# against expected.txt.  Build-only: the constructs these drivers hit are
# booted by `make check-modules' (see expected.txt).
#
# Usage: corpus.sh [SRCDIR [BUILDDIR [OUTDIR]]]   (as check-modules.sh)
# Environment: KVER (the kernel version), GCC_VERSION (the plugin's GCC),
#   XI_CACHE (kept between runs, shared with check-modules: the unpacked
#   source and kernel-db.sh's prepared O= tree; default
#   BUILDDIR/check-modules-cache).
# Prints PASS:/FAIL: lines and ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../kernel-helpers/kcheck-lib.sh"
. "$here/../kernel-modules/modules-lib.sh"
kcheck_args "$here/../.." modules-corpus "$@"
JOBS=${JOBS:-2}

modules_kernel modules-corpus
rm -rf "$OUT"
mkdir -p "$OUT" "$CACHE"
gccv=()
[ -n "${GCC_VERSION:-}" ] && gccv=(GCC_VERSION="$GCC_VERSION")
KDB=(bash "$SRC/kbuild/kernel-db.sh" -x "$BLD" -j "$JOBS" --build "$KDIR")
echo "modules-corpus: kernel $KVER ($(kconfig_cc "$KDIR")), source $TARBALL, plugin $PLUGIN"

# ---- the source (unpacked once, as check-modules does) ------------------------
"${KDB[@]}" --source "$TARBALL" -w "$CACHE/kdb" --unpack >"$OUT/unpack.log" 2>&1 ||
	die "kernel-db.sh --unpack: $(tail -n 1 "$OUT/unpack.log")"
KSRC=$CACHE/kdb/src
# check-modules' work directory too: one `make prepare' of the O= tree a
# kernel serves both targets (its DB and summaries are rewritten here).
W=$CACHE/kdb
DB=$W/xinline-vmlinux.xdb
mapfile -t DRV < <(sed 's/#.*//' "$here/drivers.txt" | awk 'NF == 2 { print $1 ":" $2 }')

# kbuild FLAVOUR NAME PATH: NAME's modules in $OUT/FLAVOUR/NAME (a file:
# NAME.ko; a directory: its own Makefile), xinline importing $DB.
kbuild() {
	local d=$OUT/$1/$2 kb lic
	mkdir -p "$d"
	if [ -d "$KSRC/$3" ]; then
		cp -r "$KSRC/$3/." "$d/"
		kb=$(cat "$d/Kbuild" 2>/dev/null || cat "$d/Makefile")
	else
		cp "$KSRC/$3" "$d/"
		kb="obj-m := $(basename "$3" .c).o"
	fi
	# A unit without MODULE_LICENSE (all but one of a multi-file module)
	# is told the licence, as the plugin's note asks: "GPL" when every
	# MODULE_LICENSE of the directory is GPL-compatible (the kernel's
	# license_is_gpl_compatible list), else nothing.
	lic=$(grep -ho 'MODULE_LICENSE("[^"]*")' "$d"/*.c | sed 's/.*("\(.*\)")/\1/' | sort -u |
		grep -vxE 'GPL|GPL v2|GPL and additional rights|Dual BSD/GPL|Dual MIT/GPL|Dual MPL/GPL')
	{
		echo "$kb"
		if [ "$1" = xinline ]; then
			echo 'include $(XINLINE_SRC)/kbuild/xinline.mk'
			[ -z "$lic" ] && grep -q 'MODULE_LICENSE' "$d"/*.c && echo 'ccflags-y += -fplugin-arg-xinline-license=GPL'
		fi
	} >"$d/Kbuild"
	make -C "$KDIR" M="$d" -j"$JOBS" XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" \
		XINLINE_DB="$DB" XINLINE_REPORT="$d/report.json" "${gccv[@]}" >"$OUT/build-$1-$2.log" 2>&1 &&
		ls "$d"/*.ko >/dev/null 2>&1
}
# build FLAVOUR: every driver; a driver that does not build fails the check
# and is left out of the counts.
build() {
	local e ok=0 t=$SECONDS
	for e in "${DRV[@]}"; do
		if kbuild "$1" "${e%%:*}" "${e#*:}"; then
			ok=$((ok + 1))
		else
			fail "$1 build of ${e%%:*} (${e#*:}; see $OUT/build-$1-${e%%:*}.log)"
			tail -n 15 "$OUT/build-$1-${e%%:*}.log" | sed 's/^/  | /'
		fi
	done
	pass "$1 build: $ok of ${#DRV[@]} drivers ($((SECONDS - t)) s)"
}
build plain

# ---- the vmlinux DB for the whole corpus ----------------------------------------
if "${KDB[@]}" --source "$KSRC" -w "$W" --for "$OUT"/plain/*/*.ko >"$OUT/kernel-db.log" 2>&1 && [ -f "$DB" ]; then
	pass "kernel-db.sh: the vmlinux DB of $KVER for the corpus"
	sed 's/^/  /' "$W/kernel-db.txt"
else
	fail "kernel-db.sh: the vmlinux DB of $KVER (see $OUT/kernel-db.log)"
	tail -n 20 "$OUT/kernel-db.log"
	finish
fi
build xinline
modpost_lines "$OUT"/build-plain-*.log | sort -u >"$OUT/modpost-plain.txt"
modpost_lines "$OUT"/build-xinline-*.log | sort -u >"$OUT/modpost-xinline.txt"
if cmp -s "$OUT/modpost-plain.txt" "$OUT/modpost-xinline.txt"; then
	pass "modpost: the xinline builds warn as the plain ones ($(wc -l <"$OUT/modpost-plain.txt") lines)"
else
	fail "modpost: the xinline builds warn otherwise than the plain ones"
	diff "$OUT/modpost-plain.txt" "$OUT/modpost-xinline.txt" | sed 's/^/  /'
fi
cat "$OUT"/build-xinline-*.log >"$OUT/build-xinline.log"
objtool_check "$OUT/build-xinline.log"
copies_check "$OUT"/xinline/*/*.ko

# ---- counts ------------------------------------------------------------------------
awk -F'\t' '$3 == "vmlinux" { print $2 }' "$KDIR/Module.symvers" | sort -u >"$OUT/vmlinux-exports.txt"
# (list --importable: a va_start body is no import candidate, GCC never
# inlines one)
"$DBTOOL" list --importable "$DB" | cut -f1 | sort -u | comm -12 - "$OUT/vmlinux-exports.txt" >"$OUT/db-exports.txt"
# The DB's exports found through a header or a macro file (kernel-db.sh's
# detection beyond EXPORT_SYMBOL sites in C files).
{ awk '{ print $2 }' "$W/header-sites.txt"
  awk 'NR == FNR { c[$1] = 1; next } ($2 in c) { print $1 }' "$W/candidates.txt" "$W/obj-exports.txt"; } |
	sort -u | comm -12 - "$OUT/db-exports.txt" >"$OUT/db-gained.txt"
# class REASON: the class of a refusal's reason.
class() {
	sed -E "s/.*static key '__tracepoint_.*/tracepoint-key/; s/.*static key '.*/static-key/
		s/.*static call .*/static-call/; s/.*inline asm uses section .*/asm-section/
		s/^it references '.*', which is not exported to modules.*/unexported-ref/
		s/.*(GPL-only|namespace).*/licence/; /^[a-z-]*$/!s/.*/other/"
}
CLASSES="unexported-ref tracepoint-key static-key static-call asm-section licence other"
: >"$OUT/counts.txt"
: >"$OUT/calls-all.txt"
for e in "${DRV[@]}"; do
	n=${e%%:*}
	[ -d "$OUT/xinline/$n" ] && ls "$OUT/xinline/$n"/*.ko >/dev/null 2>&1 || continue
	for ko in "$OUT/plain/$n"/*.ko; do "${KDB[@]}" --calls "$ko"; done |
		grep -xF -f "$OUT/vmlinux-exports.txt" >"$OUT/calls-$n.txt"
	cat "$OUT/calls-$n.txt" >>"$OUT/calls-all.txt"
	c=$(wc -l <"$OUT/calls-$n.txt")
	b=$(grep -cxF -f "$OUT/db-exports.txt" "$OUT/calls-$n.txt")
	g=$(grep -cxF -f "$OUT/db-gained.txt" "$OUT/calls-$n.txt")
	r=$OUT/xinline/$n/report.json
	[ -f "$r" ] || : >"$r"
	s=$(wc -l <"$r")
	i=$(grep -c '"inlined":true' "$r")
	grep '"inlined":false' "$r" | sed -E 's/.*"reason":"(.*)"\}$/\1/' | class >"$OUT/classes-$n.txt"
	grep '"inlined":false' "$r" | sed -E 's/.*"callee":"([^"]*)".*"reason":"(.*)"\}$/\2\t\1/' >"$OUT/refused-$n.txt"
	line="$n $c $b $g $s $i"
	for k in $CLASSES; do line="$line $(grep -cx "$k" "$OUT/classes-$n.txt")"; done
	echo "$line" >>"$OUT/counts.txt"
done
echo
printf '%-10s %6s %6s %6s %6s %7s %5s  %s\n' driver calls body gained sites inlined '%' \
	"refused: unexported-ref tracepoint-key static-key static-call asm-section licence other"
awk '{ p = $5 ? sprintf("%d%%", 100 * $6 / $5) : "-"
	printf "%-10s %6d %6d %6d %6d %7d %5s  %d %d %d %d %d %d %d\n", $1, $2, $3, $4, $5, $6, p, $7, $8, $9, $10, $11, $12, $13
	for (k = 2; k <= 13; k++) t[k] += $k }
	END { p = t[5] ? sprintf("%.1f%%", 100 * t[6] / t[5]) : "-"
	printf "%-10s %6d %6d %6d %6d %7d %5s  %d %d %d %d %d %d %d\n", "total", t[2], t[3], t[4], t[5], t[6], p, t[7], t[8], t[9], t[10], t[11], t[12], t[13] }' \
	"$OUT/counts.txt" | tee "$OUT/table.txt"
echo "  calls: call/jmp relocations to vmlinux exports in the plain .ko files; body: of those, to"
echo "  functions with a DB body (gained: found by kernel-db.sh through a header or a macro file);"
echo "  sites/inlined: the xinline report's call sites to DB functions"
echo
echo "Refused call sites, by reason (callee):"
cat "$OUT"/refused-*.txt | sort | uniq -c | sort -rn | awk -F'\t' '{ printf "  %s  [%s]\n", $1, $2 }' | head -n 40
echo
echo "Refused call sites, by the innermost cause (causes.sh; all but copy-limits, no-body"
echo "and other are what a module cannot reproduce):"
bash "$here/causes.sh" "$W/copies.txt" "$OUT"/refused-*.txt | tee "$OUT/causes.txt" |
	awk -F'\t' '{ printf "  %-16s %5d  (e.g. %s)\n", $1, $2, $3 }'
echo
echo "Calls to exports without a DB body, by kernel-db.sh's reason (gaps.txt):"
sort "$OUT/calls-all.txt" | uniq -c | awk '{ print $2, $1 }' | sort >"$OUT/calls-count.txt"
sed 's/: / /' "$W/gaps.txt" | sort | join "$OUT/calls-count.txt" - >"$OUT/gap-sites.txt"
awk '{ n[$3] += $2; f[$3]++ } END { for (k in n) printf "  %-18s %5d calls to %d functions\n", k, n[k], f[k] }' \
	"$OUT/gap-sites.txt" | sort -k2 -rn | tee "$OUT/gap-classes.txt"
echo "  (the most called, per class, in $OUT/gap-sites.txt)"
echo

# ---- against expected.txt ----------------------------------------------------------
expect_counts "$here/expected.txt" < <(awk '{ print $1, $2, $3, $5, $6 }' "$OUT/counts.txt")
finish
