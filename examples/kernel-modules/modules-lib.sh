# modules-lib.sh - shell functions shared by check-modules.sh (this
# directory) and examples/modules-corpus/corpus.sh, sourced after
# examples/kernel-helpers/kcheck-lib.sh: the installed kernel with its
# source package, and the expected counts.

# modules_kernel NAME: for KVER, sets KDIR, SERIES, TARBALL (the Debian
# source package) and CACHE (XI_CACHE, shared by both checks); stops when
# the headers are missing, and when the source package is (a skip, with
# "0 passed, 0 failed", for another series than 6.1).
modules_kernel() {
	[ -n "${KVER:-}" ] || die "KVER is not set (run through each-kernel.sh, or KVER=VERSION)"
	KDIR=/lib/modules/$KVER/build
	SERIES=$(kseries "$KVER")
	TARBALL=/usr/src/linux-source-$SERIES.tar.xz
	CACHE=${XI_CACHE:-$BLD/check-modules-cache}/$KVER
	[ -d "$KDIR" ] || die "no $KDIR (apt-get install linux-headers-$KVER)"
	# 6.1 is required; another series is checked when its source is installed.
	if [ ! -f "$TARBALL" ] && [ "$SERIES" != 6.1 ]; then
		echo "$1: no $TARBALL (apt-get install linux-source-$SERIES): $KVER skipped"
		echo "0 passed, 0 failed"
		exit 0
	fi
	[ -f "$TARBALL" ] || die "no $TARBALL: the drivers and the vmlinux DB come from the kernel's source (apt-get install linux-source-$SERIES)"
}

# expect_counts FILE: checks each "DRIVER PLAIN XINLINE SITES INLINED"
# line of stdin against FILE's "SERIES DRIVER sites N" (exact) and
# "SERIES DRIVER inlined-min N" lines.
expect_counts() {
	local drv p x s i rest want
	while read -r drv p x s i rest; do
		want=$(awk -v s="$SERIES" -v d="$drv" '$1 == s && $2 == d && $3 == "sites" { print $4 }' "$1")
		if [ "$s" = "${want:-none}" ]; then
			pass "$drv: $s call sites to DB functions in the report, as in $(basename "$1")"
		else
			fail "$drv: $s call sites to DB functions in the report, $(basename "$1") says ${want:-nothing for $SERIES}"
		fi
		want=$(awk -v s="$SERIES" -v d="$drv" '$1 == s && $2 == d && $3 == "inlined-min" { print $4 }' "$1")
		if [ -n "$want" ] && [ "$i" -ge "$want" ]; then
			pass "$drv: $i call sites inlined, at least the $want of $(basename "$1")"
		else
			fail "$drv: $i call sites inlined, $(basename "$1") wants at least ${want:-(no inlined-min line)}"
		fi
	done
}
# copies_check KO...: the module-local copies GCC emitted in the modules
# (functions NAME.xinline, docs/DESIGN.md "Module-local copies") are
# internal, never referenced undefined or global: one check, with their
# count and names (MODULE:NAME; the __pfx_ padding symbols of
# CONFIG_CALL_PADDING kernels left out).
copies_check() {
	local ko l=
	for ko in "$@"; do
		l="$l $(nm "$ko" | sed -nE "s/.* ([tTUWw]) ([A-Za-z0-9_]+)\.xinline\$/\1:$(basename "$ko" .ko):\2/p" |
			grep -v ':__pfx_' | sort -u)"
	done
	l=$(echo $l)
	local bad=$(echo "$l" | tr ' ' '\n' | grep -v '^t:')
	if [ -z "$bad" ]; then
		pass "module-local copies emitted in the .ko files: $(echo "$l" | wc -w)$([ -n "$l" ] && echo " (${l//t:/})"), all internal"
	else
		fail "module-local copies not internal: $(echo $bad)"
	fi
}
