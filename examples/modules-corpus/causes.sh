#!/usr/bin/env bash
# causes.sh -- the innermost cause of each call site a module consumer
# refused, for make modules-corpus (corpus.sh) and make check-modules:
#
#   causes.sh COPIES REFUSED...
#
# COPIES is kernel-db.sh's copies.txt ("NAME: CLASS: DETAIL" for every
# function a copy would need that has no DB body); each REFUSED file has
# lines "REASON<TAB>CALLEE" (the report's reason for a site not inlined).
# Prints "CAUSE<TAB>SITES<TAB>EXAMPLE" lines, most sites first, where CAUSE
# is what the refusal comes down to at the end of its chain of copies:
#
#   tracepoint        the key or static call of a tracepoint vmlinux does
#                     not export (trace_X() in the body)
#   static-key-call   another static key or static call vmlinux does not
#                     export (LSM hooks' static calls among them)
#   vmlinux-data      data vmlinux does not export (a variable, an ops
#                     table, a cache): no copy can share it
#   file-static       a function the copy needs is refused by the exporter
#                     because it uses a static of its file: data or a
#                     static local (a copy would have its own) or a static
#                     function's address (a copy would pass another)
#   address-taken     a function whose address the body takes (a copy has
#                     another address)
#   copy-limits       copies nest too deep or are too many for one body
#   exporter-other    a function the copy needs is refused by the exporter
#                     for another reason (section, builtin, asm)
#   no-body           a function without a DB body for another reason (not
#                     built in, not found)
#   asm-section       inline asm in a section a module's loader ignores
#   recursion         a copy would call itself
#   licence           GPL-only or namespaced symbol the unit may not use
#   other             anything else (6.12's zstd copies that pass an
#                     aggregate by value to another copy)
#
# The first six are what a module cannot reproduce; copy-limits and
# no-body are gaps.
set -u
export LC_ALL=C
copies=$1
shift
awk -F'\t' '
	FILENAME == ARGV[1] {
		n = index($0, ": "); if (!n) next
		name = substr($0, 1, n - 1); rest = substr($0, n + 2)
		m = index(rest, ": "); cls[name] = m ? substr(rest, 1, m - 1) : rest
		why[name] = m ? substr(rest, m + 2) : ""
		next
	}
	# the last quoted name after "references " in S
	function innermost(s,    t, r) {
		r = ""
		while (match(s, /references \047[^\047]+\047/)) {
			t = substr(s, RSTART + 12, RLENGTH - 13); r = t
			s = substr(s, RSTART + RLENGTH)
		}
		return r
	}
	function cause(s,    x, w, i) {
		if (s ~ /(static key|static call or key) \047(__tracepoint_|__SCT__tp_func_|__SCK__tp_func_)/) return "tracepoint"
		if (s ~ /static call or key|static key \047|static call \047/) return "static-key-call"
		if (s ~ /address is taken/) return "address-taken"
		if (s ~ /nest deeper than|may need at most [0-9]+ copies/) return "copy-limits"
		if (s ~ /inline asm uses section/) return "asm-section"
		if (s ~ /calls itself/) return "recursion"
		if (s ~ /GPL-only|namespace/) return "licence"
		x = innermost(s)
		if (x == "") return "other"
		if (!(x in cls)) return "other"
		if (cls[x] == "no-function") return "vmlinux-data"
		if (cls[x] == "exporter") {
			# the innermost reason of the exporter: the last clause
			w = why[x]; while ((i = index(w, ": "))) w = substr(w, i + 2)
			if (w ~ /^it references \047[^\047]+\047, which has internal linkage/ || w ~ /^it uses static local variable/)
				return "file-static"
			return "exporter-other"
		}
		return "no-body"
	}
	{
		c = cause($1); cnt[c]++
		if (!(c in ex)) ex[c] = $2
	}
	END { for (c in cnt) printf "%s\t%d\t%s\n", c, cnt[c], ex[c] }
' "$copies" "$@" | sort -t '	' -k2,2nr -k1,1
