# xigen.py -- random program generator for xinline's differential testing.
#
# Generates one program split into
#   common.h      struct types, extern globals, helper prototypes
#   prov_a.c      helpers xh_* (and ya_*, za_*) + globals
#   prov_b.c      more helpers, calling prov_a's helpers (transitive imports)
#   main.c        the consumer: functions calling the helpers, main() that
#                 prints every result and every global
# covering what csmith lacks: struct fields through pointers, bit-fields
# (plain, packed, signed/unsigned, wider than 32 bits), volatile and
# READ_ONCE/WRITE_ONCE-style accesses, x86 inline asm (asm goto too),
# __atomic builtins, __builtin_*_overflow, switches (with case ranges, and
# dense ones that become tables), bounded loops with break/continue,
# helpers calling helpers, static inline callees, global arrays, nullable
# pointers, container_of, function pointers, helpers returning struct
# pointers and string literals, char/short/long/_Bool besides <stdint.h>,
# 128-bit integer arithmetic and x86 target builtins on scalars (pause,
# bsr, rolqi, rorhi), a variable in x86's __seg_gs address space.
# structs and unions passed and returned by value (4 to 64 bytes, one with
# a double the helpers only copy), also to external functions of main.c.
#
# Every program is deterministic and free of undefined behaviour, csmith
# style: signed arithmetic is guarded, shift counts masked, divisors checked,
# array indices masked to power-of-two sizes, loops bounded by constants,
# helpers only call lower-numbered helpers (no recursion), and calls (the
# only expressions with side effects) appear only as whole statements with
# side-effect-free arguments, so no evaluation order is unspecified.
#
# Selection of exports: xh_* by -fplugin-arg-xinline-export=xh_*, ya_* by
# the __xinline attribute, za_* by -fplugin-arg-xinline-export-auto=N.
#
# The generator is deterministic for a seed (random.Random(seed)).

import random
import re

# name, bits, signed
ITYPES = [
    ("int8_t", 8, True), ("uint8_t", 8, False),
    ("int16_t", 16, True), ("uint16_t", 16, False),
    ("int32_t", 32, True), ("uint32_t", 32, False),
    ("int64_t", 64, True), ("uint64_t", 64, False),
    # plain C types too: char's signedness is a semantics flag, _Bool has
    # precision 1, long is another 64-bit type
    ("char", 8, True), ("short", 16, True), ("unsigned char", 8, False),
    ("long", 64, True), ("unsigned long", 64, False), ("_Bool", 1, False),
]
TINFO = {t[0]: t for t in ITYPES}

# Aggregates passed and returned by value: type -> (definition, the scalar
# members helpers read and write, as (designator, type)).  xb3's double is
# only copied by the helpers (the exporter refuses floating point) and
# checked by xc_bv3 in main.c.
BVT = {
    "struct xb0": ("struct xb0 { uint32_t a; };", [(".a", "uint32_t")]),
    "struct xb1": ("struct xb1 { uint64_t a; int64_t b; };",
                   [(".a", "uint64_t"), (".b", "int64_t")]),
    "struct xb2": ("struct xb2 { uint16_t a; uint8_t c[5]; uint64_t b; uint32_t e; };",
                   [(".a", "uint16_t"), (".c[0]", "uint8_t"), (".c[4]", "uint8_t"),
                    (".b", "uint64_t"), (".e", "uint32_t")]),
    "struct xb3": ("struct xb3 { double d; uint32_t a; };", [(".a", "uint32_t")]),
    "union xu0": ("union xu0 { uint64_t l; uint32_t w[2]; };",
                  [(".l", "uint64_t"), (".w[1]", "uint32_t")]),
    "struct xb4": ("struct xb4 { uint64_t v[8]; };",
                   [(".v[0]", "uint64_t"), (".v[5]", "uint64_t")]),
}
BVNAMES = sorted(BVT)
# the stdint types, where a fixed set is needed
STDINT = [t for t in ITYPES if t[0].endswith("_t")]


def tname(t):
    """T as part of an identifier (xs_add_unsigned_long)."""
    return t.replace(" ", "_")
U = {8: "uint8_t", 16: "uint16_t", 32: "uint32_t", 64: "uint64_t"}
S = {8: "int8_t", 16: "int16_t", 32: "int32_t", 64: "int64_t"}
SMIN = {8: "INT8_MIN", 16: "INT16_MIN", 32: "INT32_MIN", 64: "INT64_MIN"}
SMAX = {8: "INT8_MAX", 16: "INT16_MAX", 32: "INT32_MAX", 64: "INT64_MAX"}

ATOMIC_ORDERS = ["__ATOMIC_RELAXED", "__ATOMIC_SEQ_CST", "__ATOMIC_ACQ_REL"]


def const(r, t):
    name, bits, signed = TINFO[t]
    if bits == 1:
        return "(_Bool)%d" % r.randint(0, 1)
    k = r.random()
    if k < 0.3:
        v = r.randint(0, 9)
    elif k < 0.45:
        v = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1   # max
    elif k < 0.55 and signed:
        v = -(1 << (bits - 1))                                     # min
    elif k < 0.65:
        v = -1 if signed else r.randint(1, 3) << (bits - 2)
    else:
        v = r.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed \
            else r.randint(0, (1 << bits) - 1)
    if signed:
        if v == -(1 << (bits - 1)):
            return "(%s)%s" % (t, SMIN[bits])
        return "(%s)%dLL" % (t, v) if v >= 0 else "(%s)(%dLL)" % (t, v)
    return "(%s)%dULL" % (t, v)


class Field:
    def __init__(self, name, ctype, bits=None, vol=False, arr=0,
                 tracked=None, sub=None):
        self.name = name
        self.ctype = ctype          # declared type
        self.bits = bits            # bit-field width or None
        self.vol = vol
        self.arr = arr              # array length (power of two) or 0
        self.tracked = tracked      # stdint type values are cast to
        self.sub = sub              # nested struct (Struct) or None


class Struct:
    def __init__(self, name, packed):
        self.name = name
        self.packed = packed
        self.fields = []


class Var:
    """A scalar lvalue-ish thing: code to read it, its tracked type, and
    whether it can be written / its address taken."""
    def __init__(self, code, t, writable=True, addr=None, vol=False,
                 atomic_ok=False):
        self.code = code
        self.t = t
        self.writable = writable
        self.addr = addr            # code of &lvalue, or None
        self.vol = vol
        self.atomic_ok = atomic_ok


class Func:
    def __init__(self, name, ret, params, unit, sel):
        self.name = name
        self.ret = ret              # stdint type or "void"
        self.params = params        # list of (name, kind, type) kind: int|sptr|iptr|fptr
        self.unit = unit            # "a", "b", "main"
        self.sel = sel              # "glob", "attr", "auto", "local"
        self.nullable = {}          # param name -> bool
        self.body = ""

    def proto(self):
        ps = []
        for (n, kind, t) in self.params:
            if kind == "int":
                ps.append("%s %s" % (t, n))
            elif kind == "sptr":
                ps.append("struct %s *%s" % (t, n))
            elif kind == "iptr":
                ps.append("%s *%s" % (t, n))
            elif kind == "fptr":
                ps.append("uint32_t (*%s)(uint32_t)" % n)
            elif kind == "bv":
                ps.append("%s %s" % (t, n))
        return "%s %s(%s)" % (self.ret, self.name, ", ".join(ps) or "void")


class Gen:
    def __init__(self, seed, size=1.0):
        self.r = random.Random(seed)
        self.seed = seed
        self.size = size
        self.structs = []
        self.globals = []           # (decl_line, unit, dump_lines)
        self.gvars = []             # Var list of global scalars
        self.garrays = []           # (name, type, len, vol)
        self.gstructs = []          # (name, Struct, count or 0)
        self.funcs = []
        self.label = 0
        self.fp_targets = []
        self.tables = {"a": [], "b": []}    # (name, type, len, init)
        self.getters = []                   # (Func, struct name)

    # ---------------------------------------------------------------- types
    def gen_structs(self):
        r = self.r
        n = r.randint(2, 3)
        for i in range(n):
            st = Struct("S%d" % i, packed=(i == 1 or r.random() < 0.25))
            nf = r.randint(3, 8)
            for j in range(nf):
                fname = "f%d" % j
                k = r.random()
                if k < 0.35:
                    t = r.choice(ITYPES)[0]
                    st.fields.append(Field(fname, t, tracked=t,
                                           vol=r.random() < 0.1))
                elif k < 0.7:
                    # bit-field
                    base = r.choice(["unsigned int", "signed int", "int",
                                     "unsigned long long", "long long",
                                     "uint8_t", "uint16_t", "int16_t",
                                     "_Bool"])
                    if base == "_Bool":
                        w = 1
                    elif "long long" in base:
                        w = r.choice([1, 7, 31, 33, 40, 41, 52, 63])
                    elif base in ("uint8_t",):
                        w = r.randint(1, 8)
                    elif base in ("uint16_t", "int16_t"):
                        w = r.randint(1, 16)
                    else:
                        w = r.choice([1, 2, 3, 5, 7, 8, 12, 15, 17, 24, 31, 32])
                    if "long long" in base:
                        tr = "int64_t" if base == "long long" else "uint64_t"
                    elif base in ("uint8_t", "uint16_t", "_Bool", "unsigned int"):
                        tr = "uint64_t" if base == "unsigned int" else "uint32_t"
                    else:
                        tr = "int64_t" if base in ("signed int", "int") else "int32_t"
                    st.fields.append(Field(fname, base, bits=w, tracked=tr,
                                           vol=r.random() < 0.05))
                    if r.random() < 0.1:
                        # an unnamed zero-width bit-field: alignment break
                        st.fields.append(Field("", "unsigned int", bits=0))
                elif k < 0.85:
                    t = r.choice(ITYPES)[0]
                    st.fields.append(Field(fname, t, arr=r.choice([2, 4, 8]),
                                           tracked=t))
                elif k < 0.92 and i > 0:
                    sub = r.choice(self.structs)
                    st.fields.append(Field(fname, "struct " + sub.name, sub=sub))
                else:
                    st.fields.append(Field(fname, "uint32_t", tracked="uint32_t",
                                           vol=True))
            self.structs.append(st)

    def field_paths(self, base, st, depth=0):
        """(code, array length or 0, Field) of every scalar of BASE."""
        out = []
        for f in st.fields:
            if not f.name:
                continue
            if f.sub is not None:
                out += self.field_paths("%s.%s" % (base, f.name), f.sub, depth + 1)
            else:
                out.append(("%s.%s" % (base, f.name), f.arr, f))
        return out

    def init_fields(self, base, st, p):
        r = self.r
        s = ""
        for (code, n, f) in self.field_paths(base, st):
            if n:
                s += "%sfor (int i = 0; i < %d; i++) %s[i] = (%s)((uint64_t)%s * (uint64_t)i + (uint64_t)%s);\n" % (
                    p, n, code, f.tracked, const(r, f.tracked), const(r, f.tracked))
            else:
                s += "%s%s = %s;\n" % (p, code, const(r, f.tracked))
        return s

    def init_globals(self):
        s = ""
        for (name, st, cnt, u) in self.gstructs:
            for k in range(max(cnt, 1)):
                base = "%s[%d]" % (name, k) if cnt else name
                s += self.init_fields(base, st, "  ")
        return s.rstrip("\n")

    def struct_decl(self, st):
        lines = ["struct %s%s {" % ("__attribute__((packed)) " if st.packed else "", st.name)]
        for f in st.fields:
            q = "volatile " if f.vol else ""
            if f.bits is not None:
                lines.append("  %s%s %s : %d;" % (q, f.ctype, f.name, f.bits))
            elif f.arr:
                lines.append("  %s%s %s[%d];" % (q, f.ctype, f.name, f.arr))
            else:
                lines.append("  %s%s %s;" % (q, f.ctype, f.name))
        lines.append("};")
        return "\n".join(lines)

    def field_vars(self, base, st, idx_expr, packed=False, depth=0):
        """Scalar accesses reachable from an lvalue BASE of struct ST."""
        out = []
        packed = packed or st.packed
        for f in st.fields:
            if not f.name:
                continue
            if f.sub is not None:
                if depth < 2:
                    out += self.field_vars("%s.%s" % (base, f.name), f.sub,
                                           idx_expr, packed, depth + 1)
                continue
            if f.arr:
                code = "%s.%s[(%s) & %d]" % (base, f.name, idx_expr(), f.arr - 1)
            else:
                code = "%s.%s" % (base, f.name)
            addr = None
            atomic_ok = False
            if f.bits is None and not packed and not f.vol:
                addr = "&" + code
                atomic_ok = not f.vol and f.ctype.startswith("uint")
            out.append(Var(code, f.tracked, addr=addr, vol=f.vol,
                           atomic_ok=atomic_ok))
        return out

    # -------------------------------------------------------------- globals
    def gen_globals(self):
        r = self.r
        for i in range(r.randint(3, 6)):
            t = r.choice(ITYPES)[0]
            vol = r.random() < 0.2
            unit = r.choice(["a", "a", "b", "main"])
            name = "g_%d" % i
            self.globals.append((t, name, vol, 0, unit, const(r, t)))
            self.gvars.append(Var(name, t, addr=None if vol else "&" + name,
                                  vol=vol,
                                  atomic_ok=not vol and t.startswith("uint")))
        for i in range(r.randint(1, 3)):
            t = r.choice(ITYPES)[0]
            n = r.choice([4, 8, 16])
            unit = r.choice(["a", "b", "main"])
            name = "ga_%d" % i
            init = "{" + ", ".join(const(r, t) for _ in range(n)) + "}"
            self.globals.append((t, name, False, n, unit, init))
            self.garrays.append((name, t, n))
        for i, st in enumerate(self.structs):
            cnt = r.choice([0, 0, 2, 4])
            unit = r.choice(["a", "b", "main"])
            name = "gs_%d" % i
            self.gstructs.append((name, st, cnt, unit))
        # A variable in x86's __seg_gs address space (Linux 6.12's per-cpu
        # data), defined by assembly in prov_a.c; main points %gs at a
        # shadow array (arch_prctl), where every access lands.
        self.seg = r.random() < 0.5

    # ---------------------------------------------------------- expressions
    def scope_vars(self, sc):
        return sc["vars"]

    def index_expr(self, sc):
        cands = [v for v in sc["vars"] if not v.vol and not isinstance(v, IdxVar)
                 and "[" not in v.code] + \
                [Var(str(self.r.randint(0, 15)), "int32_t")]
        v = self.r.choice(cands)
        return "(uint32_t)%s" % v.code if v.code[0] not in "0123456789" else v.code

    def leaf(self, sc, t):
        r = self.r
        if r.random() < 0.25:
            return const(r, t)
        v = r.choice(sc["vars"])
        if v.addr and not v.vol and r.random() < 0.1:
            # READ_ONCE
            return "(%s)*(volatile %s *)%s" % (t, v.t, v.addr)
        return "(%s)%s" % (t, v.code)

    def bv_literal(self, sc, t, consts=False):
        """A compound literal of by-value aggregate T (a union: its first
        member only), from expressions or (CONSTS) constants."""
        fields = BVT[t][1][:1] if t.startswith("union") else BVT[t][1]
        inits = [("%s = %s" % (d, const(self.r, ft) if consts else self.expr(sc, ft)))
                 for (d, ft) in fields]
        if t == "struct xb3" and sc.get("unit") == "main":
            # (in a helper a floating-point constant refuses the export)
            inits.append(".d = %d.25" % self.r.randint(-9, 9))
        return "((%s){ %s })" % (t, ", ".join(inits))

    def bv_vars(self, sc, n, t):
        """The members of by-value aggregate N (of type T) as variables."""
        fields = BVT[t][1]
        if t.startswith("union"):
            # one member written and read: no type punning of stale bytes
            fields = fields[:1]
        sc["vars"] += [Var(n + d, ft, addr="&" + n + d) for (d, ft) in fields]
        sc["bvals"].append((n, t))

    def expr(self, sc, t, depth=0):
        """A side-effect-free expression of type T (a stdint type, or a
        by-value aggregate: a compound literal)."""
        r = self.r
        if t in BVT:
            return self.bv_literal(sc, t)
        if depth >= 3 or r.random() < 0.3:
            return self.leaf(sc, t)
        _, bits, signed = TINFO[t]
        if bits == 1:
            # _Bool: a conversion or a condition
            if r.random() < 0.5:
                return "(_Bool)%s" % self.expr(sc, r.choice(ITYPES)[0], depth + 1)
            return "(_Bool)%s" % self.cond(sc, depth + 1)
        k = r.randint(0, 15)
        a = lambda: self.expr(sc, t, depth + 1)
        if k <= 1:
            op = r.choice(["+", "-", "*"])
            if signed:
                # checked in a wider type, or guarded like csmith
                if bits <= 16:
                    return "(%s)((int32_t)%s %s (int32_t)%s)" % (t, a(), op, a())
                return "xs_%s_%s(%s, %s)" % ({"+": "add", "-": "sub", "*": "mul"}[op],
                                             tname(t), a(), a())
            return "(%s)((uint64_t)%s %s (uint64_t)%s)" % (t, a(), op, a())
        if k == 2:
            op = r.choice(["&", "|", "^"])
            return "(%s)(%s %s %s)" % (t, a(), op, a())
        if k == 3:
            # shift: unsigned left, arithmetic right (GCC: implementation
            # defined, not undefined)
            w = 64 if bits == 64 else 32
            if r.random() < 0.5:
                return "(%s)((%s)%s << ((uint32_t)%s & %d))" % (t, U[w], a(), self.leaf(sc, "uint32_t"), w - 1)
            return "(%s)((%s)%s >> ((uint32_t)%s & %d))" % (t, S[w] if signed else U[w], a(), self.leaf(sc, "uint32_t"), w - 1)
        if k == 4:
            op = r.choice(["/", "%"])
            return "xs_%s_%s(%s, %s)" % ("div" if op == "/" else "mod", tname(t), a(), a())
        if k == 5:
            op = r.choice(["<", "<=", "==", "!=", ">", ">="])
            t2 = r.choice(ITYPES)[0]
            return "(%s)(%s %s %s)" % (t, self.expr(sc, t2, depth + 1), op,
                                       self.expr(sc, t2, depth + 1))
        if k == 6:
            return "(%s ? %s : %s)" % (self.cond(sc, depth + 1), a(), a())
        if k == 7:
            return "(%s)(~%s)" % (t, a())
        if k == 8:
            t2 = r.choice(ITYPES)[0]
            return "(%s)%s" % (t, self.expr(sc, t2, depth + 1))
        if k == 9:
            # builtins on unsigned values
            x = "(uint32_t)%s" % a()
            y = "(uint64_t)%s" % a()
            return "(%s)%s" % (t, r.choice([
                "__builtin_popcount(%s)" % x,
                "__builtin_popcountll(%s)" % y,
                "(%s ? __builtin_clz(%s) : 32)" % (x, x),
                "(%s ? __builtin_ctzll(%s) : 64)" % (y, y),
                "__builtin_bswap32(%s)" % x,
                "__builtin_bswap64(%s)" % y,
                "__builtin_bswap16((uint16_t)%s)" % x,
                "__builtin_parity(%s)" % x,
                "__builtin_ffsll((int64_t)%s)" % y,
                "__builtin_expect(%s, 0)" % y,
            ]))
        if k == 10:
            # __builtin_*_overflow as a predicate
            op = r.choice(["add", "sub", "mul"])
            t2, t3 = r.choice(ITYPES)[0], r.choice(ITYPES)[0]
            return "(%s)__builtin_%s_overflow_p(%s, %s, (%s)0)" % (
                t, op, self.expr(sc, t2, depth + 1), self.expr(sc, t3, depth + 1),
                r.choice(STDINT)[0])
        if k == 11:
            # logical
            return "(%s)(%s %s %s)" % (t, self.cond(sc, depth + 1),
                                       r.choice(["&&", "||"]), self.cond(sc, depth + 1))
        if k == 12 and signed:
            if bits <= 16:
                return "(%s)(-(int32_t)%s)" % (t, a())
            return "xs_neg_%s(%s)" % (tname(t), a())
        if k == 14 and sc.get("tables"):
            # a read-only table of the provider
            (tn, tt, n, _) = r.choice(sc["tables"])
            return "(%s)%s[(uint32_t)%s & %d]" % (t, tn, self.leaf(sc, "uint32_t"), n - 1)
        if k == 13:
            return "(%s)xs_rotl32((uint32_t)%s, (uint32_t)%s)" % (t, a(), a())
        if k == 15:
            return "(%s)%s" % (t, self.wide_or_target(sc, depth))
        return self.leaf(sc, t)

    def wide_or_target(self, sc, depth):
        """128-bit arithmetic (the kernel's mul_u64_u64_shr, constants of
        both halves, signed products, division) or an x86 target builtin
        on scalars; the value of a 64-bit (or narrower) type."""
        r = self.r
        x = "(uint64_t)%s" % self.expr(sc, "uint64_t", depth + 1)
        y = "(uint64_t)%s" % self.expr(sc, "uint64_t", depth + 1)
        sx = "(int64_t)%s" % self.expr(sc, "int64_t", depth + 1)
        hi = r.getrandbits(64)
        k = r.randint(0, 6)
        if k == 0:
            return "(uint64_t)(((unsigned __int128)%s * %s) >> %d)" % (
                x, y, r.randint(0, 127))
        if k == 1:
            return ("(uint64_t)((((unsigned __int128)0x%xULL << 64 | %s) ^ "
                    "((unsigned __int128)%s << %d)) >> %d)" % (
                        hi, x, y, r.randint(0, 63), r.randint(0, 127)))
        if k == 2:
            return "(int64_t)(((__int128)%s * (int64_t)%s) >> %d)" % (
                sx, self.expr(sc, "int32_t", depth + 1), r.randint(0, 95))
        if k == 3:
            d = "((unsigned __int128)%s | 1)" % y
            return "(uint64_t)(((unsigned __int128)%s << 64 | %s) %s %s)" % (
                x, y, r.choice(["/", "%"]), d)
        if k == 4:
            return "(uint32_t)(%s ? __builtin_ia32_bsrsi((int)%s) : -1)" % (
                "(uint32_t)" + x, "(uint32_t)" + x)
        if k == 5:
            return "__builtin_ia32_rolqi((uint8_t)%s, (uint8_t)%s)" % (x, y)
        return "(__builtin_ia32_pause(), __builtin_ia32_rorhi((uint16_t)%s, (uint8_t)%s))" % (x, y)

    def cond(self, sc, depth=0):
        r = self.r
        t = r.choice(ITYPES)[0]
        k = r.random()
        if k < 0.6:
            return "(%s %s %s)" % (self.expr(sc, t, depth + 1),
                                   r.choice(["<", "<=", "==", "!=", ">", ">="]),
                                   self.expr(sc, t, depth + 1))
        if k < 0.8:
            return "(%s & %s)" % (self.expr(sc, t, depth + 1), const(r, t))
        return "(!%s)" % self.expr(sc, t, depth + 1)

    # ----------------------------------------------------------- statements
    def lval(self, sc):
        cands = [v for v in sc["vars"] if v.writable]
        return self.r.choice(cands)

    def lval_local(self, sc, exclude=None):
        """A local scalar as the destination of a call's result: a call is
        indeterminately sequenced with the evaluation of an lvalue such as
        g[i], and may change i (or the callee, a local through a pointer)."""
        cands = [v for v in sc["vars"] if v.writable and re.match(r"^l\d+$", v.code)
                 and v.code != exclude]
        return self.r.choice(cands)

    def newlabel(self):
        self.label += 1
        return "L%d" % self.label

    def stmt(self, sc, depth, ind):
        r = self.r
        p = "  " * ind
        ks = ["assign"] * 6 + ["if", "switch", "for", "call", "call", "call",
                               "asm", "atomic", "ovf", "while", "ret", "icall", "scopy",
                               "tswitch", "mset", "brk"]
        if depth >= 3:
            ks = ["assign"] * 4 + ["call", "asm", "atomic", "ovf"]
        k = r.choice(ks)
        if k == "assign":
            v = self.lval(sc)
            x = r.random()
            if x < 0.2:
                # compound assignment; arithmetic only where it cannot
                # overflow a signed type (narrow types promote to int)
                _, bits, signed = TINFO[v.t]
                ops = ["^=", "|=", "&="]
                if not signed and bits > 1:
                    ops += ["+=", "-="] + (["*="] if bits >= 32 else [])
                return "%s%s %s %s;\n" % (p, v.code, r.choice(ops), self.expr(sc, v.t))
            if x < 0.3 and v.addr and not v.vol:
                # WRITE_ONCE
                return "%s*(volatile %s *)%s = %s;\n" % (p, v.t, v.addr, self.expr(sc, v.t))
            if x < 0.35 and sc.get("loop") and not TINFO[v.t][2] and TINFO[v.t][1] > 1:
                return "%s%s%s;\n" % (p, v.code, r.choice(["++", "--"]))
            return "%s%s = %s;\n" % (p, v.code, self.expr(sc, v.t))
        if k == "brk":
            if not sc.get("loop"):
                return ""
            return "%sif %s\n%s  %s;\n" % (p, self.cond(sc), p, r.choice(["break", "continue"]))
        if k == "if":
            s = "%sif %s {\n%s%s}" % (p, self.cond(sc), self.block(sc, depth + 1, ind + 1), p)
            if r.random() < 0.6:
                s += " else {\n%s%s}" % (self.block(sc, depth + 1, ind + 1), p)
            return s + "\n"
        if k == "switch":
            sel = self.expr(sc, "int32_t")
            mask = r.choice([3, 7, 15, 31])
            s = "%sswitch ((int32_t)((uint32_t)%s & %d)) {\n" % (p, sel, mask)
            used = set()
            for _ in range(r.randint(1, 5)):
                c = r.randint(0, mask)
                if c in used:
                    continue
                used.add(c)
                if r.random() < 0.2 and c + 2 <= mask and c + 1 not in used and c + 2 not in used:
                    used.update([c + 1, c + 2])
                    s += "%scase %d ... %d:\n" % (p, c, c + 2)
                else:
                    s += "%scase %d:\n" % (p, c)
                s += self.block(sc, depth + 1, ind + 1)
                if r.random() < 0.8:
                    s += "%s  break;\n" % p
            s += "%sdefault:\n%s%s  break;\n%s}\n" % (p, self.block(sc, depth + 1, ind + 1), p, p)
            return s
        if k == "for":
            iv = "i%d" % depth
            n = r.randint(1, 6)
            body = self.loop_body(sc, iv, depth, ind + 1)
            return "%sfor (int32_t %s = 0; %s < %d; %s++) {\n%s%s}\n" % (
                p, iv, iv, n, iv, body, p)
        if k == "while":
            iv = "n%d" % depth
            n = r.randint(1, 5)
            body = self.loop_body(sc, iv, depth, ind + 2)
            return "%s{\n%s  int32_t %s = %d;\n%s  while (%s-- > 0) {\n%s%s  }\n%s}\n" % (
                p, p, iv, n, p, iv, body, p, p)
        if k == "call":
            return self.call_stmt(sc, p)
        if k == "asm":
            return self.asm_stmt(sc, p)
        if k == "tswitch":
            # dense cases assigning constants: switch conversion makes a
            # table (CSWTCH) of it
            v = self.lval(sc)
            n = r.choice([4, 8, 16])
            s = "%sswitch ((uint32_t)%s & %d) {\n" % (p, self.expr(sc, "uint32_t"), n - 1)
            for c in range(n - 1):
                s += "%scase %d: %s = %s; break;\n" % (p, c, v.code, const(r, v.t))
            s += "%sdefault: %s = %s; break;\n%s}\n" % (p, v.code, const(r, v.t), p)
            return s
        if k == "mset":
            cands = []
            for (mk, stn, nm) in sc["sptrs"]:
                st = [x for x in self.structs if x.name == stn][0]
                for (code, n, fld) in self.field_paths("(*X)", st):
                    if n and not fld.vol:
                        cands.append((mk, code, fld))
            if not cands:
                return ""
            mk, code, fld = r.choice(cands)
            lv = code.replace("X", mk(sc), 1)
            # (a _Bool holds 0 or 1: any other byte would be a trap representation)
            val = r.randint(0, 1) if fld.ctype == "_Bool" else r.randint(0, 255)
            return "%smemset(%s, %d, sizeof %s);\n" % (p, lv, val, lv)
        if k == "icall":
            if not sc.get("fptrs"):
                return ""
            v = self.lval_local(sc)
            return "%s%s = (%s)%s(%s);\n" % (p, v.code, v.t, r.choice(sc["fptrs"]),
                                            self.expr(sc, "uint32_t"))
        if k == "scopy":
            st = r.choice(self.structs)
            cands = [c for c in sc["sptrs"] if c[1] == st.name]
            if not cands:
                return ""
            return "%s*%s = *%s;\n" % (p, r.choice(cands)[0](sc), r.choice(cands)[0](sc))
        if k == "atomic":
            return self.atomic_stmt(sc, p)
        if k == "ovf":
            v = self.lval(sc)
            op = r.choice(["add", "sub", "mul"])
            t1, t2 = r.choice(ITYPES)[0], r.choice(ITYPES)[0]
            tmp = "ov%d" % self.newlabel_num()
            tt = v.t if TINFO[v.t][1] > 1 else "int32_t"
            return ("%s{\n%s  %s %s;\n%s  if (__builtin_%s_overflow(%s, %s, &%s))\n"
                    "%s    %s = %s;\n%s  else\n%s    %s = (%s)%s;\n%s}\n") % (
                p, p, tt, tmp, p, op, self.expr(sc, t1), self.expr(sc, t2), tmp,
                p, v.code, self.expr(sc, v.t), p, p, v.code, v.t, tmp, p)
        if k == "ret":
            if sc["ret"] is None:
                return ""
            if sc["ret"] == "void":
                return "%sif %s\n%s  return;\n" % (p, self.cond(sc), p)
            return "%sif %s\n%s  return %s;\n" % (p, self.cond(sc), p,
                                                  self.expr(sc, sc["ret"]))
        return ""

    def newlabel_num(self):
        self.label += 1
        return self.label

    def loop_body(self, sc, iv, depth, ind):
        """The body of a loop whose counter IV is in scope, read-only."""
        sc["vars"].append(Var(iv, "int32_t", writable=False))
        sc["loop"] = sc.get("loop", 0) + 1
        body = self.block(sc, depth + 1, ind)
        sc["loop"] -= 1
        sc["vars"].pop()
        return body

    def block(self, sc, depth, ind):
        n = self.r.randint(1, max(1, int(3 * self.size)))
        return "".join(self.stmt(sc, depth, ind) for _ in range(n))

    def uvar(self, sc, bits):
        """A writable local of type uint<bits>_t (declared on demand)."""
        t = U[bits]
        cands = [v for v in sc["vars"] if v.writable and v.t == t and
                 re.match(r"^l\d+$", v.code)]
        if cands:
            return self.r.choice(cands).code
        return None

    def asm_stmt(self, sc, p):
        r = self.r
        x32 = self.uvar(sc, 32)
        x64 = self.uvar(sc, 64)
        x8 = self.uvar(sc, 8)
        e32 = lambda: "(uint32_t)%s" % self.expr(sc, "uint32_t")
        e64 = lambda: "(uint64_t)%s" % self.expr(sc, "uint64_t")
        mem = [v for v in sc["vars"] if v.addr and v.t == "uint32_t" and v.writable]
        opts = []
        if x32:
            opts += [
                '__asm__("addl %%1, %%0" : "+r"(%s) : "r"(%s) : "cc");' % (x32, e32()),
                '__asm__("bswap %%0" : "+r"(%s));' % x32,
                '__asm__("rorl $%%c1, %%0" : "+r"(%s) : "i"(%d) : "cc");' % (x32, r.randint(1, 31)),
                '__asm__("xorl %%2, %%0\\n\\tnotl %%0" : "=r"(%s) : "0"(%s), "r"(%s) : "cc");' % (x32, e32(), e32()),
                '__asm__("movl %%1, %%0\\n\\taddl %%2, %%0" : "=&r"(%s) : "r"(%s), "r"(%s) : "cc");' % (x32, e32(), e32()),
                '__asm__("imull %%[m], %%[v]" : [v] "+r"(%s) : [m] "rm"(%s) : "cc");' % (x32, e32()),
            ]
            if mem:
                m = r.choice(mem)
                opts.append('__asm__("addl %%1, %%0" : "+m"(%s) : "r"(%s) : "cc");' % (m.code, e32()))
                opts.append('__asm__("movl %%1, %%0" : "=r"(%s) : "m"(%s));' % (x32, m.code))
            lab1, lab2 = self.newlabel(), self.newlabel()
            opts.append(('__asm__ goto("testl %%0, %%0\\n\\tjz %%l1" : : "r"(%s) : "cc" : %s);\n'
                         '%s%s = %s;\n%sgoto %s;\n%s%s:\n%s%s = %s;\n%s%s: ;') % (
                e32(), lab1, p, x32, e32(), p, lab2, p, lab1, p, x32, e32(), p, lab2))
        if x32:
            # Local register variables as asm operands (an input assigned
            # first, an output read after), the register picked at random.
            reg = r.choice(["r8", "r9", "r10", "r11"])
            opts.append(('{ register uint32_t xr_o __asm__("%s"); '
                         '__asm__("movl %%1, %%0\\n\\taddl $%d, %%0" : "=r"(xr_o) : "r"(%s) : "cc"); %s = xr_o; }')
                        % (reg, r.randint(0, 99), e32(), x32))
        if x64:
            reg = r.choice(["r8", "r9", "r10", "r11"])
            opts.append(('{ register uint64_t xr_v __asm__("%s") = %s; '
                         '__asm__("addq %%1, %%0" : "+r"(xr_v) : "r"(%s) : "cc"); %s = xr_v; }')
                        % (reg, e64(), e64(), x64))
            # The stack pointer as a global register variable (the kernel's
            # ASM_CALL_CONSTRAINT): the asm reads it; the result is 0.
            opts.append('__asm__("movq %%1, %%0\\n\\tsubq %%%%rsp, %%0" : "=r"(%s), "+r"(current_stack_pointer));' % x64)
        if x64:
            opts += [
                '__asm__("leaq (%%1,%%2,4), %%0" : "=r"(%s) : "r"(%s), "r"(%s));' % (x64, e64(), e64()),
                '__asm__("bswap %%0" : "+r"(%s));' % x64,
                '__asm__("addq %%1, %%0" : "+r"(%s) : "re"(%s) : "cc");' % (x64, "(int64_t)%d" % r.randint(-1000, 1000)),
            ]
        if x8:
            opts.append('__asm__("incb %%0" : "+q"(%s) : : "cc");' % x8)
        opts.append('__asm__ volatile("" : : : "memory");')
        return p + r.choice(opts) + "\n"

    def atomic_stmt(self, sc, p):
        r = self.r
        cands = [v for v in sc["vars"] if v.atomic_ok]
        if not cands:
            return ""
        v = r.choice(cands)
        t = v.t
        order = r.choice(ATOMIC_ORDERS)
        # (the atomic access is a side effect of the right-hand side: the
        # destination is another local)
        d = self.lval_local(sc, exclude=v.code)
        val = "(%s)%s" % (t, self.expr(sc, t))
        k = r.randint(0, 6)
        if k == 0:
            op = r.choice(["fetch_add", "fetch_sub", "fetch_or", "fetch_and",
                           "fetch_xor", "add_fetch", "sub_fetch", "or_fetch",
                           "xor_fetch", "and_fetch", "nand_fetch"])
            return "%s%s = (%s)__atomic_%s(%s, %s, %s);\n" % (p, d.code, d.t, op, v.addr, val, order)
        if k == 1:
            return "%s%s = (%s)__atomic_load_n(%s, %s);\n" % (
                p, d.code, d.t, v.addr, r.choice(["__ATOMIC_RELAXED", "__ATOMIC_ACQUIRE", "__ATOMIC_SEQ_CST"]))
        if k == 2:
            return "%s__atomic_store_n(%s, %s, %s);\n" % (
                p, v.addr, val, r.choice(["__ATOMIC_RELAXED", "__ATOMIC_RELEASE", "__ATOMIC_SEQ_CST"]))
        if k == 3:
            return "%s%s = (%s)__atomic_exchange_n(%s, %s, %s);\n" % (p, d.code, d.t, v.addr, val, order)
        if k == 4:
            n = self.newlabel_num()
            return ("%s{\n%s  %s exp%d = %s;\n%s  %s = (%s)__atomic_compare_exchange_n(%s, &exp%d, %s, %d, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);\n"
                    "%s  %s = (%s)((uint64_t)%s + exp%d);\n%s}\n") % (
                p, p, t, n, "(%s)%s" % (t, self.expr(sc, t)), p, d.code, d.t, v.addr, n, val,
                r.randint(0, 1), p, d.code, d.t, d.code, n, p)
        if k == 5:
            return "%s%s = (%s)__sync_fetch_and_add(%s, %s);\n" % (p, d.code, d.t, v.addr, val)
        return "%s__atomic_thread_fence(%s);\n" % (p, order)

    def arg_for(self, sc, kind, t, nullable):
        r = self.r
        if kind == "int":
            return self.expr(sc, t)
        if kind == "sptr":
            if nullable and r.random() < 0.15:
                return "(struct %s *)0" % t
            cands = [c for c in sc["sptrs"] if c[1] == t]
            return r.choice(cands)[0](sc) if cands else "(struct %s *)0" % t
        if kind == "iptr":
            if nullable and r.random() < 0.15:
                return "(%s *)0" % t
            cands = [v.addr for v in sc["vars"] if v.addr and v.t == t and v.writable]
            if not cands:
                return "(%s *)0" % t if nullable else None
            return r.choice(cands)
        if kind == "fptr":
            return r.choice(self.fp_targets)
        if kind == "bv":
            cands = [n for (n, bt) in sc["bvals"] if bt == t]
            if cands and r.random() < 0.7:
                return r.choice(cands)
            return self.bv_literal(sc, t)
        return "0"

    def call_stmt(self, sc, p):
        r = self.r
        callees = sc["callees"]
        if not callees:
            return ""
        f = r.choice(callees)
        if f.sel == "getter":
            return ""
        args = []
        for (n, kind, t) in f.params:
            a = self.arg_for(sc, kind, t, f.nullable.get(n, False))
            if a is None:
                return ""
            args.append(a)
        call = "%s(%s)" % (f.name, ", ".join(args))
        if f.sel == "str":
            if sc.get("trace"):
                return "%sxc_mixs(%s);\n" % (p, call)
            v = self.lval_local(sc)
            return "%s%s = (%s)__builtin_strlen(%s);\n" % (p, v.code, v.t, call)
        if f.ret == "void" or r.random() < 0.1:
            return "%s%s;\n" % (p, call)
        if f.ret in BVT:
            return self.bv_call_result(sc, p, f, call)
        v = self.lval_local(sc)
        if sc.get("trace"):
            return "%s%s = %s;\n%sxc_mix((uint64_t)%s);\n" % (p, v.code, call, p, v.code)
        return "%s%s = %s;\n" % (p, v.code, call)

    def bv_call_result(self, sc, p, f, call):
        """Uses the aggregate result of CALL: a member of it, or the whole
        into a local of its type."""
        r = self.r
        locs = [n for (n, t) in sc["bvals"] if t == f.ret and n.startswith("lb")]
        (d, ft) = BVT[f.ret][1][0]
        if locs and r.random() < 0.5:
            n = r.choice(locs)
            s = "%s%s = %s;\n" % (p, n, call)
            if sc.get("trace"):
                s += "%sxc_mix((uint64_t)%s%s);\n" % (p, n, d)
            return s
        d, ft = r.choice(BVT[f.ret][1][:1] if f.ret.startswith("union") else BVT[f.ret][1])
        if sc.get("trace"):
            return "%sxc_mix((uint64_t)%s%s);\n" % (p, call, d)
        v = self.lval_local(sc)
        return "%s%s = (%s)%s%s;\n" % (p, v.code, v.t, call, d)

    def gen_ext_bv(self):
        """Functions of main.c taking or returning an aggregate by value,
        called by helpers (the consumer declares them in common.h)."""
        for i, t in enumerate(BVNAMES):
            if self.r.random() < 0.5:
                continue
            f = Func("xc_bv%d" % i, "uint64_t", [("v", "bv", t)], "ext", "ext")
            fields = BVT[t][1][:1] if t.startswith("union") else BVT[t][1]
            acc = " ^ ".join("((uint64_t)v%s << %d)" % (d, 3 * k)
                             for k, (d, ft) in enumerate(fields))
            if t == "struct xb3":
                acc += " ^ (uint64_t)(int64_t)(v.d * 4)"
            f.body = "  return %s;\n" % acc
            self.funcs.append(f)
            g = Func("xc_mk%d" % i, t, [("p0", "int", "uint32_t")], "ext", "ext")
            g.body = "  return %s;\n" % self.bv_literal(
                {"vars": [Var("p0", "uint32_t")], "bvals": [], "unit": "main"}, t)
            self.funcs.append(g)

    # ------------------------------------------------------------ functions
    def make_scope(self, f, callees, unit):
        r = self.r
        sc = {"vars": [], "sptrs": [], "callees": callees, "fptrs": [],
              "ret": f.ret if f else None, "tables": self.tables.get(unit, []),
              "bvals": [], "unit": unit}
        decls = []
        # parameters
        if f:
            for (n, kind, t) in f.params:
                if kind == "int":
                    sc["vars"].append(Var(n, t))
                elif kind == "sptr":
                    st = [s for s in self.structs if s.name == t][0]
                    if not f.nullable.get(n):
                        sc["vars"] += self.field_vars("(*%s)" % n, st, lambda: self.index_expr(sc))
                    sc["sptrs"].append(("(%s)" % n, t, n))
                elif kind == "fptr":
                    sc["fptrs"].append(n)
                elif kind == "bv":
                    self.bv_vars(sc, n, t)
                elif kind == "iptr":
                    if not f.nullable.get(n):
                        sc["vars"].append(Var("(*%s)" % n, t, addr=n,
                                              atomic_ok=t.startswith("uint")))
        # locals
        for i in range(r.randint(2, 5)):
            t = r.choice(ITYPES)[0]
            decls.append("  %s l%d = %s;\n" % (t, i, const(r, t)))
            sc["vars"].append(Var("l%d" % i, t, addr="&l%d" % i, atomic_ok=t.startswith("uint")))
        for bits in (8, 32, 64):
            n = "l%d" % (len(decls))
            decls.append("  %s %s = %s;\n" % (U[bits], n, const(r, U[bits])))
            sc["vars"].append(Var(n, U[bits], addr="&" + n, atomic_ok=True))
        if r.random() < (0.6 if unit == "main" else 0.3):
            t = r.choice(BVNAMES)
            n = "lb%d" % len(decls)
            decls.append("  %s %s = %s;\n" % (t, n, self.bv_literal(sc, t, consts=True)))
            self.bv_vars(sc, n, t)
        if r.random() < (0.6 if unit == "main" else 0.25):
            st = r.choice(self.structs)
            n = "ls%d" % len(decls)
            decls.append("  struct %s %s;\n%s" % (st.name, n, self.init_fields(n, st, "  ")))
            sc["vars"] += self.field_vars(n, st, lambda: self.index_expr(sc))
            sc["sptrs"].append((lambda sc, n=n: "&" + n, st.name, n))
        # globals
        sc["vars"] += list(self.gvars)
        if self.seg:
            sc["vars"].append(Var("xg_seg[(IDX) & 7]", "uint64_t"))
        for (name, t, n) in self.garrays:
            sc["vars"].append(Var("%s[(%s) & %d]" % (name, "IDX", n - 1), t, addr="&",
                                  atomic_ok=t.startswith("uint")))
        for (name, st, cnt, u) in self.gstructs:
            if cnt:
                base = "%s[(IDX) & %d]" % (name, cnt - 1)
                mk = (lambda sc, name=name, cnt=cnt: "&%s[(%s) & %d]" % (name, self.index_expr(sc), cnt - 1))
            else:
                base = name
                mk = (lambda sc, name=name: "&" + name)
            if r.random() < 0.7:
                sc["vars"] += self.field_vars(base, st, lambda: "IDX")
            sc["sptrs"].append((mk, st.name, name))
        # pointers returned by getter helpers
        for (g, stn) in self.getters:
            if f is None or g is not f:
                sc["sptrs"].append((lambda sc, g=g: "%s(%s)" % (g.name, self.expr(sc, "uint32_t")),
                                    stn, g.name))
        # container_of(&P->f, struct S, f) for some P
        for (c, t, n) in list(sc["sptrs"]):
            st = [x for x in self.structs if x.name == t][0]
            flds = [fd for fd in st.fields if fd.name and fd.bits is None and not fd.arr]
            if flds and r.random() < 0.5:
                fd = r.choice(flds)
                mk = c if not isinstance(c, str) else (lambda sc, c=c: c)
                sc["sptrs"].append((lambda sc, mk=mk, t=t, fd=fd:
                                    "((struct %s *)((char *)&(%s)->%s - __builtin_offsetof(struct %s, %s)))"
                                    % (t, mk(sc), fd.name, t, fd.name), t, n))
        # fix up sptr entries that are plain strings
        sp = []
        for (c, t, n) in sc["sptrs"]:
            if isinstance(c, str):
                sp.append((lambda sc, c=c: c, t, n))
            else:
                sp.append((c, t, n))
        sc["sptrs"] = sp
        # IDX placeholders are replaced lazily by index expressions
        vs = []
        for v in sc["vars"]:
            if "IDX" in v.code:
                vs.append(IdxVar(self, sc, v))
            else:
                vs.append(v)
        sc["vars"] = vs
        return sc, decls

    def gen_func(self, f, callees):
        r = self.r
        sc, decls = self.make_scope(f, callees, f.unit)
        body = "".join(decls)
        for (n, kind, t) in f.params:
            if f.nullable.get(n):
                rv = ("" if f.ret == "void"
                      else self.bv_literal(sc, f.ret, consts=True) if f.ret in BVT
                      else const(r, f.ret))
                body += "  if (!%s)\n    return%s;\n" % (n, "" if f.ret == "void" else " " + rv)
                # after the check the pointer may be used
                if kind == "sptr":
                    st = [s for s in self.structs if s.name == t][0]
                    sc["vars"] += [IdxVar(self, sc, v) if "IDX" in v.code else v
                                   for v in self.field_vars("(*%s)" % n, st, lambda: "IDX")]
                elif kind == "iptr":
                    sc["vars"].append(Var("(*%s)" % n, t, addr=n, atomic_ok=t.startswith("uint")))
        if f.sel == "fp":
            body += "  return %s;\n" % self.expr(sc, "uint32_t")
        else:
            nb = 1 if f.sel in ("static", "static_state") else r.randint(1, 3)
            for _ in range(nb):
                body += self.block(sc, 0, 1)
            if f.ret != "void":
                body += "  return %s;\n" % self.expr(sc, f.ret)
        f.body = body

    def gen_unit_locals(self):
        """Per provider: read-only tables and static inline functions
        (inlined into the helpers before export; one with a static local,
        which refuses the helpers that use it)."""
        r = self.r
        for unit in ("a", "b"):
            # (rare: a helper reading a user's static table is refused)
            for i in range(1 if r.random() < 0.15 else 0):
                t = r.choice(ITYPES)[0]
                n = r.choice([4, 8, 16])
                name = "xt_%s%d" % (unit, i)
                init = "{" + ", ".join(const(r, t) for _ in range(n)) + "}"
                self.tables[unit].append((name, t, n, init))
            for i in range(r.randint(0, 2)):
                ret = r.choice(ITYPES)[0]
                params = [("p%d" % j, "int", r.choice(ITYPES)[0]) for j in range(r.randint(1, 2))]
                sel = "static_state" if r.random() < 0.15 else "static"
                f = Func("xi_%s%d" % (unit, i), ret, params, unit, sel)
                f.always = r.random() < 0.3
                self.gen_func(f, [g for g in self.funcs if g.unit == unit and g.sel == "static"])
                if sel == "static_state":
                    k = f.body.rfind("\n  return ")
                    f.body = ("  static uint32_t st_n = %d;\n  st_n += (uint32_t)p0;\n" % r.randint(0, 99)
                              + f.body[:k] + "\n  return (%s)((uint32_t)st_n + (uint32_t)" % ret
                              + f.body[k + len("\n  return "):].replace(";\n", ");\n", 1))
                self.funcs.append(f)
        # getters: a pointer to a global struct (element)
        for (name, st, cnt, u) in self.gstructs:
            if r.random() < 0.4:
                g = Func("xh_g%s" % name[3:], "struct %s *" % st.name, [("p0", "int", "uint32_t")],
                         r.choice(["a", "b"]), "getter")
                g.body = "  return &%s%s;\n" % (name, "[p0 & %d]" % (cnt - 1) if cnt else "")
                self.funcs.append(g)
                self.getters.append((g, st.name))
        # strings
        for i in range(r.randint(0, 2)):
            f = Func("xh_s%d" % i, "const char *", [("p0", "int", "uint32_t")], r.choice(["a", "b"]), "str")
            n = r.choice([2, 4, 8])
            words = ["alpha", "beta", "", "gamma\\n", "delta epsilon", "z", "\\x01\\x7f", "omega"]
            body = "  switch (p0 & %d) {\n" % (n - 1)
            for c in range(n - 1):
                body += '  case %d: return "%s";\n' % (c, r.choice(words))
            body += '  default: return "%s";\n  }\n' % r.choice(words)
            f.body = body
            self.funcs.append(f)

    def gen_helpers(self):
        r = self.r
        self.gen_unit_locals()
        self.gen_ext_bv()
        n = max(3, int(r.randint(5, 12) * self.size))
        for i in range(n):
            unit = "a" if i < n // 2 else "b"
            sel = r.choice(["glob"] * 6 + ["attr", "auto"])
            pre = {"glob": "xh_", "attr": "ya_", "auto": "za_"}[sel]
            ret = r.choice([t[0] for t in ITYPES] + ["void"] + BVNAMES[:3])
            params = []
            nullable = {}
            for j in range(r.randint(0, 4)):
                k = r.random()
                pn = "p%d" % j
                if k < 0.55:
                    params.append((pn, "int", r.choice(ITYPES)[0]))
                elif k < 0.8:
                    params.append((pn, "sptr", r.choice(self.structs).name))
                    nullable[pn] = r.random() < 0.3
                elif k < 0.95:
                    params.append((pn, "iptr", r.choice(["uint32_t", "uint64_t", "int32_t", "uint8_t"])))
                    nullable[pn] = r.random() < 0.3
                    if r.random() < 0.4:
                        params[-1] = (pn, "bv", r.choice(BVNAMES))
                        nullable.pop(pn)
                elif self.fp_targets:
                    params.append((pn, "fptr", "uint32_t"))
            f = Func("%s%d" % (pre, i), ret, params, unit, sel)
            f.nullable = nullable
            self.gen_func(f, [g for g in self.funcs if g.unit != "main" and
                              (g.sel not in ("static", "static_state") or g.unit == unit)])
            self.funcs.append(f)
            if i == 0 or r.random() < 0.15:
                # a uint32_t (uint32_t) helper usable through a pointer
                fp = Func("xh_fp%d" % i, "uint32_t", [("p0", "int", "uint32_t")], unit, "fp")
                self.gen_func(fp, [])
                self.funcs.append(fp)
                self.fp_targets.append(fp.name)

    # ------------------------------------------------------------ the units
    def common_h(self):
        out = ["/* generated by xigen.py, seed %d */" % self.seed,
               "#ifndef COMMON_H", "#define COMMON_H",
               "#include <stdint.h>", "#include <limits.h>", "#include <string.h>", "#include <xinline.h>", "",
               'register unsigned long current_stack_pointer __asm__ ("rsp");', ""]
        for st in self.structs:
            out.append(self.struct_decl(st))
        for t in BVNAMES:
            out.append(BVT[t][0])
        out.append("")
        for (t, name, vol, n, unit, init) in self.globals:
            out.append("extern %s%s %s%s;" % ("volatile " if vol else "", t, name,
                                               "[%d]" % n if n else ""))
        for (name, st, cnt, unit) in self.gstructs:
            out.append("extern struct %s %s%s;" % (st.name, name, "[%d]" % cnt if cnt else ""))
        if self.seg:
            out.append("extern uint64_t __seg_gs xg_seg[8];")
        out.append("")
        for f in self.funcs:
            if f.unit != "main" and f.sel not in ("static", "static_state"):
                out.append("%s%s;" % ("__xinline " if f.sel == "attr" else "", f.proto()))
        out.append("")
        out.append(SAFE_INLINES)
        out.append("#endif")
        return "\n".join(out) + "\n"

    def unit_src(self, unit):
        out = ['#include "common.h"', ""]
        if unit == "main":
            out.append("#include <stdio.h>")
            out.append("static uint64_t xc_ck;")
            out.append("static void xc_mix(uint64_t v) { xc_ck = (xc_ck ^ v) * 0x100000001b3ULL; }")
            out.append("static void xc_mixs(const char *s) { xc_mix(0x5a); while (*s) xc_mix((unsigned char)*s++); }")
            if self.seg:
                out += ["#include <asm/prctl.h>", "#include <sys/syscall.h>", "#include <unistd.h>",
                        "static uint64_t xg_seg_shadow[8];"]
        if unit == "a" and self.seg:
            out.append('__asm__ (".data\\n.globl xg_seg\\n.p2align 3\\nxg_seg: .zero 64\\n.previous");')
        for (name, t, n, init) in self.tables.get(unit, []):
            out.append("static const %s %s[%d] = %s;" % (t, name, n, init))
        for (t, name, vol, n, u, init) in self.globals:
            if u == unit:
                out.append("%s%s %s%s = %s;" % ("volatile " if vol else "", t, name,
                                                 "[%d]" % n if n else "", init))
        for (name, st, cnt, u) in self.gstructs:
            if u == unit:
                out.append("struct %s %s%s;" % (st.name, name, "[%d]" % cnt if cnt else ""))
        out.append("")
        for f in self.funcs:
            if f.unit == unit or (unit == "main" and f.unit == "ext"):
                q = "static " if f.unit == "main" else ""
                if f.sel in ("static", "static_state"):
                    q = "static inline " + ("__attribute__((always_inline)) " if f.always else "")
                out.append("%s%s\n{\n%s}\n" % (q, f.proto(), f.body))
        return "\n".join(out) + "\n"

    def gen_main(self):
        r = self.r
        helpers = [f for f in self.funcs if f.unit != "main" and
                   f.sel not in ("static", "static_state")]
        cfuncs = []
        for i in range(max(2, int(r.randint(2, 5) * self.size))):
            f = Func("c%d" % i, "uint64_t", [], "main", "local")
            self.gen_func_traced(f, helpers)
            self.funcs.append(f)
            cfuncs.append(f)
        # main: initialize the global structs deterministically, run, dump
        body = []
        if self.seg:
            body.append("  if (syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)xg_seg_shadow"
                        " - (unsigned long)&xg_seg)) return 99;")
        for f in cfuncs:
            for rep in range(r.randint(1, 2)):
                body.append("  xc_mix(%s());" % f.name)
                body.append('  printf("%s: %%016llx\\n", (unsigned long long)xc_ck);' % f.name)
        body.append(self.init_globals())
        # the dump of every global
        for (t, name, vol, n, u, init) in self.globals:
            if n:
                body.append("  for (int i = 0; i < %d; i++) xc_mix((uint64_t)%s[i]);" % (n, name))
            else:
                body.append("  xc_mix((uint64_t)%s);" % name)
            body.append('  printf("%s: %%016llx\\n", (unsigned long long)xc_ck);' % name)
        for (name, st, cnt, u) in self.gstructs:
            for k in range(max(cnt, 1)):
                base = "%s[%d]" % (name, k) if cnt else name
                for (code, n, f) in self.field_paths(base, st):
                    if n:
                        body.append("  for (int i = 0; i < %d; i++) xc_mix((uint64_t)%s[i]);" % (n, code))
                    else:
                        body.append("  xc_mix((uint64_t)%s);" % code)
            body.append('  printf("%s: %%016llx\\n", (unsigned long long)xc_ck);' % name)
        if self.seg:
            body.append("  for (int i = 0; i < 8; i++) xc_mix(xg_seg_shadow[i]);")
            body.append('  printf("xg_seg: %016llx\\n", (unsigned long long)xc_ck);')
        body.append("  return (int)(xc_ck & 0x7f);")
        self.main_body = "\n".join(body)

    def gen_func_traced(self, f, callees):
        sc, decls = self.make_scope(f, callees, "main")
        sc["trace"] = True
        sc["callees"] = callees
        body = "".join(decls)
        # c functions call plenty of helpers
        for _ in range(max(3, int(self.r.randint(4, 10) * self.size))):
            body += self.call_stmt(sc, "  ") if self.r.random() < 0.6 else self.stmt(sc, 1, 1)
        acc = " ^ ".join("(uint64_t)%s" % v.code for v in sc["vars"][:6])
        body += "  return %s;\n" % acc
        f.body = body

    def generate(self):
        self.gen_structs()
        self.gen_globals()
        self.gen_helpers()
        self.gen_main()
        files = {
            "common.h": self.common_h(),
            "prov_a.c": self.unit_src("a"),
            "prov_b.c": self.unit_src("b"),
            "main.c": self.unit_src("main") + "\nint main(void)\n{\n" + self.main_body + "\n}\n",
        }
        return files


class IdxVar(Var):
    """A Var whose code has IDX placeholders, each read replaced by a fresh
    masked index expression."""
    def __init__(self, gen, sc, v):
        self.gen, self.sc, self.v = gen, sc, v
        Var.__init__(self, v.code, v.t, v.writable, v.addr, v.vol, v.atomic_ok)

    @property
    def code(self):
        c = self.v.code
        while "IDX" in c:
            c = c.replace("IDX", self.gen.index_expr(self.sc), 1)
        return c

    @code.setter
    def code(self, val):
        pass

    @property
    def addr(self):
        if self.v.addr is None:
            return None
        return "&" + self.code

    @addr.setter
    def addr(self, val):
        pass


SAFE_INLINES = r"""
/* Guarded arithmetic (csmith style): the first operand when the result
   would overflow or the divisor is 0. */
#define XS_DEF(N, T, MIN, MAX) \
static inline T xs_add_##N(T a, T b) { \
  return ((b > 0 && a > MAX - b) || (b < 0 && a < MIN - b)) ? a : (T)(a + b); } \
static inline T xs_sub_##N(T a, T b) { \
  return ((b < 0 && a > MAX + b) || (b > 0 && a < MIN + b)) ? a : (T)(a - b); } \
static inline T xs_mul_##N(T a, T b) { \
  T r; return __builtin_mul_overflow(a, b, &r) ? a : r; } \
static inline T xs_div_##N(T a, T b) { \
  return (b == 0 || (a == MIN && b == -1)) ? a : (T)(a / b); } \
static inline T xs_mod_##N(T a, T b) { \
  return (b == 0 || (a == MIN && b == -1)) ? a : (T)(a % b); } \
static inline T xs_neg_##N(T a) { return a == MIN ? a : (T)-a; }
XS_DEF(int8_t, int8_t, INT8_MIN, INT8_MAX)
XS_DEF(int16_t, int16_t, INT16_MIN, INT16_MAX)
XS_DEF(int32_t, int32_t, INT32_MIN, INT32_MAX)
XS_DEF(int64_t, int64_t, INT64_MIN, INT64_MAX)
XS_DEF(char, char, CHAR_MIN, CHAR_MAX)
XS_DEF(short, short, SHRT_MIN, SHRT_MAX)
XS_DEF(long, long, LONG_MIN, LONG_MAX)
#define XU_DEF(N, T) \
static inline T xs_div_##N(T a, T b) { return b == 0 ? a : (T)(a / b); } \
static inline T xs_mod_##N(T a, T b) { return b == 0 ? a : (T)(a % b); }
XU_DEF(uint8_t, uint8_t)
XU_DEF(uint16_t, uint16_t)
XU_DEF(uint32_t, uint32_t)
XU_DEF(uint64_t, uint64_t)
XU_DEF(unsigned_char, unsigned char)
XU_DEF(unsigned_long, unsigned long)
static inline uint32_t xs_rotl32(uint32_t x, uint32_t n)
{ n &= 31; return n ? (x << n) | (x >> (32 - n)) : x; }
"""


def generate(seed, size=1.0):
    return Gen(seed, size).generate()


if __name__ == "__main__":
    import sys, os
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    outdir = sys.argv[2] if len(sys.argv) > 2 else "."
    os.makedirs(outdir, exist_ok=True)
    for name, text in generate(seed).items():
        with open(os.path.join(outdir, name), "w") as fp:
            fp.write(text)
