#!/usr/bin/env python3
"""io-path-calls.py - the rust_helper_* call instructions on a module's path
from one entry function, counted statically from `objdump -dr`.

    io-path-calls.py MODULE.ko [ENTRY-SUBSTRING]

ENTRY-SUBSTRING (default "queue_rq_callback") picks the entry functions by
their (mangled) name.  The path is every function of MODULE reachable from
them by direct calls and jumps inside the module; each rust_helper_* call or
jmp instruction in those functions counts once (a static count: loops and
branches are not weighed).  Prints one line per helper and a total; used by
`make check-rust-kernel' and bench/README.md ("Rust in the kernel") for
rnull's I/O path, plain vs xinline."""
import re
import subprocess
import sys

FUNC = re.compile(r'^[0-9a-f]+ <(.+)>:$')
INSN = re.compile(r'^\s*([0-9a-f]+):\t(\S+)')
RELOC = re.compile(r'^\s*[0-9a-f]+: R_X86_64_(?:PLT32|PC32)\s+(\S+?)(?:[-+]0x[0-9a-f]+)?$')


def functions(ko):
    """{name: [(mnemonic, target)]} of the direct call/jmp targets."""
    out = subprocess.run(['objdump', '-dr', '--no-show-raw-insn', ko],
                         check=True, capture_output=True, text=True).stdout
    funcs, cur, ins = {}, None, None
    for line in out.splitlines():
        m = FUNC.match(line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
            continue
        m = INSN.match(line)
        if m:
            ins = m.group(2)
            continue
        m = RELOC.match(line)
        if m and cur and ins in ('call', 'jmp'):
            funcs[cur].append(m.group(1))
    return funcs


def main():
    ko = sys.argv[1]
    entry = sys.argv[2] if len(sys.argv) > 2 else 'queue_rq_callback'
    funcs = functions(ko)
    todo = [f for f in funcs if entry in f and not f.startswith('__pfx_')]
    seen = set()
    counts = {}
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        for t in funcs[f]:
            if t.startswith('rust_helper_'):
                counts[t] = counts.get(t, 0) + 1
            elif t in funcs:
                todo.append(t)
    for h in sorted(counts):
        print('%s %d' % (h, counts[h]))
    print('total %d (%d functions reachable from %s)' % (sum(counts.values()), len(seen), entry))


main()
