#!/usr/bin/env python3
"""scale-db.py - a large helper DB for the compile-cost benchmark, without
compiling as many providers.

    scale-db.py IN.xdb COPIES OUT.units

Writes every helper of IN.xdb (DB layout of IR version 4, docs/IR-FORMAT.md
§3.2) COPIES times, renamed NAME_kK (K = 0..COPIES-1), each copy with its
record hash recomputed, as a sequence of units (§3.1) that `xinline-db
build` turns into a DB of COPIES times as many helpers.  The bodies are the
real ones; only the names differ, which is all a consumer that calls none
of them reads.
"""
import struct
import sys

FNV_BASIS, FNV_PRIME = 0xcbf29ce484222325, 0x100000001b3


def fnv(data, h=FNV_BASIS):
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def uleb(v):
    out = bytearray()
    while True:
        b = v & 0x7f
        v >>= 7
        out.append(b | (0x80 if v else 0))
        if not v:
            return bytes(out)


def rd_uleb(d, p):
    v = s = 0
    while True:
        b = d[p]
        p += 1
        v |= (b & 0x7f) << s
        s += 7
        if not b & 0x80:
            return v, p


def skip_str(d, p):
    n, p = rd_uleb(d, p)
    return p + n


def meta_end(d, p):
    """End of the metadata record starting at P (§3.3)."""
    p = skip_str(d, skip_str(d, p))       # producer, target
    _, p = rd_uleb(d, p)                  # semflags
    _, p = rd_uleb(d, p)                  # flavour
    p = skip_str(d, p) + 8                # source, source_hash
    n, p = rd_uleb(d, p)
    for _ in range(n):
        p = skip_str(d, p) + 8
    return p


def renamed(rec, suffix):
    """Function record REC (§4.1) with NAME + SUFFIX and a new hash."""
    n, p = rd_uleb(rec, 0)
    name = rec[p:p + n] + suffix
    p += n
    _, q = rd_uleb(rec, p)                # nstmts
    head = uleb(len(name)) + name + rec[p:q]
    tail = rec[q + 8:]                    # bodylen, body
    return head + struct.pack("<Q", fnv(tail, fnv(head))) + tail


def main():
    src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    d = open(src, "rb").read()
    if d[:7] != b"\177XINLDB" or d[7] != 4:
        sys.exit("scale-db.py: %s is not a DB of IR version 4" % src)
    n, _ = struct.unpack_from("<II", d, 8)
    with open(out, "wb") as f:
        for i in range(n):
            _, _, _, off, ln = struct.unpack_from("<IIIII", d, 16 + 20 * i)
            m = meta_end(d, off)
            meta, rec = d[off:m], d[m:off + ln]
            for k in range(copies):
                payload = meta + uleb(1) + renamed(rec, b"_k%d" % k)
                f.write(b"\177XIU" + uleb(4) + struct.pack("<I", len(payload)) + payload)


if __name__ == "__main__":
    main()
