#!/usr/bin/env bash
# check.sh - incremental builds and ccache with xinline, on this autotools
# example.  Run by testsuite/xinline.misc/incremental.exp, or by hand:
#   [CC=gcc] bash check.sh EXAMPLE_SRCDIR XINLINE_BUILD_DIR WORKDIR
# Prints one "PASS: ...", "FAIL: ..." or "UNSUPPORTED: ..." line per check
# (FAIL lines are followed by indented details); exits 0.
#
# A plain build (--without-xinline) of the same sources is the reference
# for every output.  The checks: the xinline build inlines every helper
# call and prints what the plain build prints; a second make does nothing;
# changing a helper's body (in helpers.c only, not in helpers.h) rebuilds
# the consumer and its output follows; with CC="ccache gcc" no stale
# object is served after the DB changes, and -- the reason for the
# setting -- ccache without CCACHE_EXTRAFILES does serve one.
set -u
src=$1 xi=$2 work=$3
CC=${CC:-gcc}
export CC

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1"; shift; for l in "$@"; do echo "  $l"; done; }
unsupported() { echo "UNSUPPORTED: $1"; }
log() { echo "  \$ $*" >>"$work/log.txt"; "$@" >>"$work/log.txt" 2>&1; }

rm -rf "$work"
mkdir -p "$work"
if ! command -v autoreconf >/dev/null || ! command -v automake >/dev/null; then
	unsupported "autotools example: autoconf and automake not installed"
	exit 0
fi
cp -r "$src" "$work/src"
chmod -R u+w "$work/src"
if ! (cd "$work/src" && log autoreconf -fi); then
	fail "autotools example: autoreconf" "see $work/log.txt"
	exit 0
fi

# set_weight N: the body of ex_weight multiplies by N (helpers.c only).
set_weight() {
	sed -i "s/^#define EX_WEIGHT .*/#define EX_WEIGHT $1/" "$work/src/helpers.c"
}
# conf DIR ARGS...: configure a build directory; mk DIR ARGS...: make.
conf() { local d=$1; shift; mkdir -p "$work/$d" && (cd "$work/$d" && log ../src/configure "$@"); }
mk() { local d=$1; shift; (cd "$work/$d" && log make "$@"); }
out() { "$work/$1/app" 2>&1; }
ncalls() { objdump -dr "$1" | grep -c 'R_X86_64_PLT32[[:space:]]*ex_'; }
mtime() { stat -c %Y.%y "$1"; }

# References: the plain build with weights 3 and 5.
set_weight 5
conf plain --without-xinline && mk plain && ref5=$(out plain)
set_weight 3
mk plain && ref3=$(out plain)
if [ -z "${ref3:-}" ] || [ -z "${ref5:-}" ] || [ "$ref3" = "$ref5" ]; then
	fail "autotools example: plain reference builds" "see $work/log.txt"
	exit 0
fi

# The xinline build.
t="autotools example"
if conf xi --with-xinline="$xi" && mk xi; then
	pass "$t: builds with --with-xinline"
else
	fail "$t: builds with --with-xinline" "see $work/log.txt"
	exit 0
fi
n=$(ncalls "$work/xi/app-main.o")
np=$(ncalls "$work/plain/app-main.o")
if [ "$n" -eq 0 ] && [ "$np" -gt 0 ]; then
	pass "$t: app-main.o calls no helper ($np calls without xinline)"
else
	fail "$t: app-main.o calls no helper" "$n helper calls with xinline, $np without"
fi
o=$(out xi)
if [ "$o" = "$ref3" ]; then pass "$t: output as without xinline"
else fail "$t: output as without xinline" "got: $o" "expected: $ref3"; fi
if (cd "$work/xi" && make -q); then pass "$t: a second make has nothing to do"
else fail "$t: a second make has nothing to do"; fi

# A changed helper body rebuilds the DB and the consumer.
m0=$(mtime "$work/xi/app-main.o")
sleep 1
set_weight 5
mk xi
o=$(out xi)
if [ "$(mtime "$work/xi/app-main.o")" != "$m0" ] && [ "$o" = "$ref5" ]; then
	pass "$t: a changed helper rebuilds its consumer, which inlines the new body"
else
	fail "$t: a changed helper rebuilds its consumer, which inlines the new body" \
		"app-main.o $m0 -> $(mtime "$work/xi/app-main.o")" "got: $o" "expected: $ref5"
fi
set_weight 3

# ccache.
if ! command -v ccache >/dev/null; then
	unsupported "$t: ccache not installed (apt-get install ccache)"
	exit 0
fi
# Our own cache, whatever the caller's ccache settings (DejaGnu's runtest,
# for one, runs with CCACHE_DISABLE set).
for v in $(env | sed -n 's/^\(CCACHE_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done
export CCACHE_DIR=$work/ccache CCACHE_NOHASHDIR=1 CCACHE_BASEDIR=$work CCACHE_LOGFILE=$work/ccache.log
ok=1 why=()
conf cc --with-xinline="$xi" CC="ccache $CC" || ok=0
for w in 3 5 3 5; do
	sleep 1
	set_weight $w
	mk cc || ok=0
	o=$(out cc)
	eval "want=\$ref$w"
	if [ "$o" != "$want" ]; then
		ok=0
		why+=("weight $w: got \"$o\", expected \"$want\"")
	fi
done
hits=$(ccache --print-stats 2>/dev/null | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ {n += $2} END {print n + 0}')
if [ $ok = 1 ] && [ "$hits" -gt 0 ]; then
	pass "$t: CC=\"ccache gcc\": helper changed back and forth, never a stale object ($hits cache hits)"
else
	fail "$t: CC=\"ccache gcc\": helper changed back and forth, never a stale object ($hits cache hits)" \
		"${why[@]}" "see $work/log.txt"
fi

# The reason for CCACHE_EXTRAFILES: the same compile of main.c against two
# different DBs is a cache hit without it, and the object is stale.
neg=$work/neg
mkdir -p "$neg"
cp "$work/src/main.c" "$work/src/helpers.h" "$neg/"
set_weight 3; mk xi && cp "$work/xi/helpers.xdb" "$neg/w3.xdb"
set_weight 5; mk xi && cp "$work/xi/helpers.xdb" "$neg/w5.xdb"
set_weight 3
# (helpers.c is set to the DB's weight too, or the importer's stale-DB
# check would refuse the DB whose source no longer matches.)
cc1() {
	set_weight "${1#w}"
	cp "$neg/$1.xdb" "$neg/helpers.xdb"
	(cd "$neg" && log env CCACHE_EXTRAFILES="$2" ccache $CC -O2 \
		-fplugin="$xi/plugin/xinline.so" -fplugin-arg-xinline-db=helpers.xdb \
		-c main.c -o "$3")
}
cc1 w3 "" a.o; cc1 w5 "" b.o
cc1 w3 "$neg/helpers.xdb" c.o; cc1 w5 "$neg/helpers.xdb" d.o
set_weight 3
if cmp -s "$neg/a.o" "$neg/b.o" && ! cmp -s "$neg/c.o" "$neg/d.o"; then
	pass "$t: ccache serves a stale object without CCACHE_EXTRAFILES, not with it"
else
	fail "$t: ccache serves a stale object without CCACHE_EXTRAFILES, not with it" \
		"without: $(cmp -s "$neg/a.o" "$neg/b.o" && echo same || echo different) objects (expected same)" \
		"with: $(cmp -s "$neg/c.o" "$neg/d.o" && echo same || echo different) objects (expected different)"
fi
exit 0
