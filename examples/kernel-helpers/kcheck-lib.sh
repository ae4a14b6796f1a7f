# kcheck-lib.sh - shell functions shared by the kernel checks (sourced by
# examples/xiblk/test/check-kernel.sh, examples/kernel-helpers/corpus.sh and
# examples/rust-helpers/corpus.sh): PASS/FAIL counting, the kernel series,
# the plugin's notes read from a Kbuild log, and the comparison of what was
# not inlined with the expected list of the kernel series.
#
# The expected lists (expected-refusals-SERIES.txt) hold one line per
# helper xinline does not inline, and per modpost message:
#   refused NAME: REASON          the provider's verdict (not exported)
#   not-inlined NAME: REASON      a consumer call site's note
#   modpost MODULE.ko: MESSAGE    a modpost warning or error
# (other lines, '#' comments, are ignored).  Any difference, better or
# worse, fails the check until the file is updated on purpose.

# The kernel's Makefile unexports LC_ALL: set the others too, so that GCC
# quotes names with ' (the notes are parsed below).
export LC_ALL=C LANG=C LC_CTYPE=C LC_MESSAGES=C

npass=0
nfail=0
failed_names=()
pass() { echo "PASS: $*"; npass=$((npass + 1)); }
fail() { echo "FAIL: $*"; nfail=$((nfail + 1)); failed_names+=("$*"); }
info() { echo "  $*"; }
# finish: the failed checks again, the totals; exits (non-zero on failure).
finish() {
	if [ $nfail -gt 0 ]; then
		echo "Failed checks:"
		for n in "${failed_names[@]}"; do echo "  $n"; done
	fi
	echo "logs and builds: $OUT"
	echo "$npass passed, $nfail failed"
	[ $nfail -eq 0 ] && [ $npass -gt 0 ]
	exit $?
}
die() { fail "$*"; finish; }

# kcheck_args DEFAULT-SRC DEFAULT-OUT [SRCDIR [BUILDDIR [OUTDIR]]]: the
# scripts' arguments: sets SRC, BLD, OUT, PLUGIN and DBTOOL (the source and
# build trees default to DEFAULT-SRC, OUT to BUILDDIR/DEFAULT-OUT); stops
# if xinline is not built.
kcheck_args() {
	SRC=$(cd "${3:-$1}" && pwd)
	BLD=$(cd "${4:-$SRC}" && pwd)
	OUT=${5:-$BLD/$2}
	PLUGIN=$BLD/plugin/xinline.so
	DBTOOL=$BLD/tools/xinline-db
	[ -f "$PLUGIN" ] && [ -x "$DBTOOL" ] || die "build xinline first: $PLUGIN and $DBTOOL"
}

# kseries VER: the kernel series of VER (6.12.117+deb12-amd64 -> 6.12).
kseries() { echo "$1" | sed -n 's/^\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p'; }

# kconfig_cc KDIR: the compiler that built the kernel.
kconfig_cc() { sed -n 's/^CONFIG_CC_VERSION_TEXT=//p' "$1/include/config/auto.conf"; }

# plain_quotes LOG: LOG with GCC's U+2018/U+2019 quotes made '.
plain_quotes() { sed -e "s/\xe2\x80\x98/'/g" -e "s/\xe2\x80\x99/'/g" "$1"; }

# verdicts LOG FILE-RE: the provider notes of sources matching FILE-RE, one
# a helper: "NAME exported (...)" or "NAME not exported: REASON".
verdicts() {
	plain_quotes "$1" |
		grep -E "$2:[0-9]+:[0-9]+: note: xinline: '[^']*' (exported|not exported)" |
		sed -E "s/.*note: xinline: '([^']*)' /\1 /" | sort -u
}

# sites LOG FILE-RE: the consumer's call-site notes of sources matching
# FILE-RE: "LINE:COL 'NAME' inlined" or "LINE:COL 'NAME' not inlined: REASON".
sites() {
	plain_quotes "$1" |
		grep -E "$2:[0-9]+:[0-9]+: note: xinline: call to '[^']*' (inlined|not inlined)" |
		sed -E "s/^.*$2:([0-9]+):([0-9]+): note: xinline: call to /\1:\2 /" | sort -u
}

# modpost_lines LOG: modpost's warnings and errors, as "modpost M.ko: TEXT".
modpost_lines() {
	grep -E '^(WARNING|ERROR): modpost: ' "$1" |
		sed -E 's/^[A-Z]+: modpost: (.*)\[[^]]*\/([^]/]*)\](.*)$/modpost \2: \1\3/
			s/^[A-Z]+: modpost: ([^ :]*)\.o /modpost \1.o: /; s/  +/ /g' |
		sort -u
}

# not_inlined VERDICTS SITES [LOG]: the actual list in the expected lists'
# form: refusals, call sites not inlined, and LOG's modpost messages.
not_inlined() {
	grep ' not exported: ' "$1" | sed 's/^\([^ ]*\) not exported: /refused \1: /'
	grep "' not inlined" "$2" | sed -E "s/^[0-9:]+ '([^']*)' not inlined: /not-inlined \1: /"
	[ -n "${3:-}" ] && modpost_lines "$3"
}

# expect_list KIND LABEL EXPECTED ACTUAL: passes if the lines of kind KIND
# of the files EXPECTED and ACTUAL are the same set; else prints the
# difference.
expect_list() {
	local kind=$1 label=$2 want=$3 got=$4 n
	grep "^$kind " "$want" | sort -u >"$got.$kind.want"
	grep "^$kind " "$got" | sort -u >"$got.$kind"
	n=$(wc -l <"$got.$kind")
	if cmp -s "$got.$kind.want" "$got.$kind"; then
		pass "$label: $n, as in $(basename "$want")"
	else
		fail "$label: not as in $(basename "$want") (- expected, + this run)"
		diff "$got.$kind.want" "$got.$kind" | sed -n 's/^</  -/p; s/^>/  +/p'
	fi
}

# expect_lists EXPECTED ACTUAL PROVIDER CONSUMER: the refusals (checked as
# PROVIDER's), the call sites not inlined (CONSUMER's) and modpost's
# messages of ACTUAL against the expected list EXPECTED.
expect_lists() {
	if [ ! -f "$1" ]; then
		fail "no expected list $1 (this run's, to review and commit:)"
		sed 's/^/  + /' "$2"
		return
	fi
	expect_list refused "$3: helpers refused" "$1" "$2"
	expect_list not-inlined "$4: helpers not inlined at some call site" "$1" "$2"
	expect_list modpost "modpost: warnings and errors of the xinline build" "$1" "$2"
}

# expected_names LIST: the helper names of the refused/not-inlined lines.
expected_names() {
	grep -E '^(refused|not-inlined) ' "$1" | sed -E 's/^[a-z-]+ ([^:]*):.*/\1/' | sort -u
}

# objtool_check LOG: objtool (run on every object of a CONFIG_OBJTOOL
# kernel) printed no warning.
objtool_check() {
	local ot
	ot=$(grep -E 'objtool' "$1" | grep -E 'warning|error')
	if [ -z "$ot" ]; then
		pass "objtool: no warning in the xinline build"
	else
		fail "objtool: $(echo "$ot" | wc -l) warning(s) in the xinline build"
		echo "$ot" | sed 's/^/  /'
	fi
}

# ---- the two corpora (kernel-helpers, rust-helpers) -------------------------
# The caller sets KDIR, SRC, BLD, OUT, JOBS, gccv (GCC_VERSION=... or empty)
# and these, then calls corpus_build and corpus_check:
#   C_SOURCES   files linked into each M= directory (absolute paths)
#   C_MAKEARGS  more make arguments (an array; may be empty)
#   C_PROV_KO, C_CONS_KO   the provider and consumer modules (names.ko)
#   C_PROV_RE, C_CONS_RE   their sources, as regexes for the notes
#   C_CONS_SRC  the consumer source (its helper calls are counted)
#   C_NHELPERS  helpers the provider defines
#   C_EXPECTED  the expected list of the kernel series

# corpus_build FLAVOUR: both modules in $OUT/FLAVOUR (xinline or plain),
# log in $OUT/build-FLAVOUR.log.
corpus_build() {
	local d=$OUT/$1 f
	mkdir -p "$d"
	for f in "${C_SOURCES[@]}"; do
		ln -sf "$f" "$d/$(basename "$f")"
	done
	if make -C "$KDIR" M="$d" -j"$JOBS" XINLINE_BUILD="$BLD" XINLINE_SRC="$SRC" \
		XINLINE=$([ "$1" = xinline ] && echo y || echo n) "${gccv[@]}" \
		"${C_MAKEARGS[@]}" >"$OUT/build-$1.log" 2>&1 &&
		[ -f "$d/$C_PROV_KO" ] && [ -f "$d/$C_CONS_KO" ]; then
		pass "$1 build of $C_PROV_KO and $C_CONS_KO"
	else
		fail "$1 build (see $OUT/build-$1.log)"
		tail -n 30 "$OUT/build-$1.log"
		finish
	fi
}

# corpus_provider: the provider's verdicts, counted and listed.
corpus_provider() {
	local exported refused indb
	verdicts "$LOG" "$C_PROV_RE" >"$OUT/provider.txt"
	exported=$(grep -c ' exported (' "$OUT/provider.txt")
	refused=$(grep -c ' not exported: ' "$OUT/provider.txt")
	echo
	echo "provider ${C_PROV_KO}: $C_NHELPERS helpers, $exported exported, $refused refused"
	grep ' not exported: ' "$OUT/provider.txt" | sed 's/ not exported: /: /; s/^/  refused: /'
	"$DBTOOL" list "$X/xinline.xdb" | awk '{ print $1 }' | sort -u >"$OUT/db-helpers.txt"
	indb=$(wc -l <"$OUT/db-helpers.txt")
	if [ "$exported" -eq "$indb" ] && [ $((exported + refused)) -eq "$C_NHELPERS" ]; then
		pass "provider: every helper has a verdict ($exported exported = $indb in xinline.xdb, $refused refused)"
	else
		fail "provider: $C_NHELPERS helpers, $exported exported, $refused refused, $indb in the DB"
	fi
}

# corpus_consumer: the consumer's call sites, counted and listed.
corpus_consumer() {
	local ncalls notes inlined notinl
	sites "$LOG" "$C_CONS_RE" >"$OUT/consumer.txt"
	ncalls=$(grep -o 'rust_helper_[A-Za-z0-9_]*(' "$C_CONS_SRC" | wc -l)
	notes=$(wc -l <"$OUT/consumer.txt")
	inlined=$(grep -c "' inlined$" "$OUT/consumer.txt")
	notinl=$(grep -c "' not inlined" "$OUT/consumer.txt")
	echo
	echo "consumer ${C_CONS_KO}: $ncalls call sites of helpers, $notes of them to DB helpers: $inlined inlined, $notinl not inlined"
	grep "' not inlined" "$OUT/consumer.txt" | sed "s/^/  not inlined: $(basename "$C_CONS_SRC"):/"
	[ "$inlined" -gt 0 ] || fail "consumer: no call site inlined"
}

# corpus_objects: no call of, or reference to, a helper that must be
# inlined (the DB's, less the expected not-inlined ones) in the consumer.
corpus_objects() {
	local bad left plain list=$C_EXPECTED
	[ -f "$list" ] || list=$OUT/not-inlined.txt
	expected_names "$list" | grep -vxF -f - "$OUT/db-helpers.txt" >"$OUT/must-inline.txt"
	nm -u "$X/$C_CONS_KO" | awk '{ print $2 }' | sort -u >"$OUT/consumer-undef.txt"
	bad=$(comm -12 "$OUT/must-inline.txt" "$OUT/consumer-undef.txt")
	if [ -z "$bad" ]; then
		pass "nm: $C_CONS_KO has no undefined reference to any of the $(wc -l <"$OUT/must-inline.txt") helpers it must inline"
	else
		fail "nm: $C_CONS_KO references helpers it must inline: $(echo $bad)"
	fi
	objdump -dr "$X/$C_CONS_KO" | grep -oE 'R_X86_64_[A-Z0-9_]+[[:space:]]+rust_helper_[A-Za-z0-9_]+' |
		awk '{ print $2 }' | sort | uniq -c >"$OUT/consumer-calls.txt"
	bad=$(awk '{ print $2 }' "$OUT/consumer-calls.txt" | comm -12 "$OUT/must-inline.txt" -)
	if [ -z "$bad" ]; then
		pass "objdump: $C_CONS_KO calls no helper it must inline"
	else
		fail "objdump: $C_CONS_KO still calls: $(echo $bad)"
	fi
	left=$(awk '{ s += $1 } END { print s + 0 }' "$OUT/consumer-calls.txt")
	plain=$(objdump -dr "$OUT/plain/$C_CONS_KO" | grep -cE 'R_X86_64_[A-Z0-9_]+[[:space:]]+rust_helper_')
	echo "  rust_helper_* call relocations in $C_CONS_KO: $left with xinline ($(awk '{ printf "%s%s", sep, $2; sep=" " }' "$OUT/consumer-calls.txt")), $plain without"
}

# corpus_check: everything after the two builds.
corpus_check() {
	X=$OUT/xinline
	LOG=$OUT/build-xinline.log
	corpus_provider
	corpus_consumer
	echo
	not_inlined "$OUT/provider.txt" "$OUT/consumer.txt" "$LOG" | sort -u >"$OUT/not-inlined.txt"
	expect_lists "$C_EXPECTED" "$OUT/not-inlined.txt" provider consumer
	corpus_objects
	objtool_check "$LOG"
	echo
	finish
}
