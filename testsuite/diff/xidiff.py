#!/usr/bin/env python3
# xidiff.py -- differential testing of the xinline plugin.
#
# Generates programs split into provider(s) and a consumer, builds each at
# every optimization level and flag set twice -- once plainly (the
# reference) and once with xinline (providers exported into a DB, consumer
# importing from it) -- runs both, and compares standard output and exit
# status.  A compiler that crashes ("internal compiler error", or killed by
# a signal) is an ICE; a build that fails only with the plugin is an error.
#
# Program sources (--gen):
#   csmith  a csmith program is the consumer; csmith's safe-math wrappers
#           (safe_add_func_int32_t_s_s ...), compiled as extern functions
#           into one provider exported with -fplugin-arg-xinline-export=
#           safe_*_func_int*,safe_*_func_uint* (the integer ones),
#           are the helpers.  The consumer includes a csmith.h whose
#           random_inc.h declares the wrappers instead of defining them
#           static.
#   own     xigen.py: two providers (prov_b's helpers call prov_a's) and a
#           consumer, with struct fields, bit-fields, volatile, inline asm,
#           atomics, overflow builtins, switches, loops ...
#   mix     (default) even-numbered programs own, odd ones csmith.
#
# --llvm checks the helpers through the LLVM path instead of GCC's
# importer: the consumer is compiled by clang (LLVM bitcode), linked with
# `xinline-db emit-llvm` of the DB, optimized with opt and compiled with
# llc of that LLVM (--llvm-bindir, default llvm-config-22 --bindir), then
# linked with GCC's provider objects and compared with the plain GCC
# build; at -O1 -O2 -O3 by default.  A mismatch is a translator bug.
#
# Program K uses seed SEED+K: a run is reproducible.  See README.md.

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xigen  # noqa: E402

LEVELS = ["-O0", "-O1", "-O2", "-O3", "-Os"]
FLAGSETS = {
    "std": [],
    "kernel": ["-fno-strict-aliasing", "-fwrapv", "-fno-delete-null-pointer-checks"],
}
CSMITH_INC = "/usr/include/csmith"
EXPORT_AUTO = 40
# The generated programs are noisy (unused locals, constants truncated into
# bit-fields); the plugin's own warnings stay visible.
OWN_WNO = ["-Wno-overflow", "-Wno-unused-variable", "-Wno-unused-but-set-variable",
           "-Wno-bool-operation"]

# The importer's reason for a body that calls a file-local function
# (refusal.def FILE_LOCAL): only kernel modules import those.
FILE_LOCAL_REASON = "a function with internal linkage in its provider's file"


def now():
    return time.monotonic()


class Runner:
    def __init__(self, a):
        self.a = a
        self.cc = a.cc.split()
        self.plugin = os.path.abspath(a.plugin)
        self.xdb = os.path.abspath(a.xinline_db)
        self.inc = os.path.abspath(a.include)
        self.work = os.path.abspath(a.work)
        self.stats = {}          # (gen, level, flagset) -> counters
        self.refused = {}        # "name: reason" -> count
        self.import_warn = {}    # message -> count
        self.bugs = []           # (kind, program dir, config, detail)
        self.csmith_prov = {}    # (level, flagset) -> dict of paths
        self.lock = threading.Lock()        # the counters above
        self.prov_lock = threading.Lock()   # csmith_prov
        self.env = dict(os.environ, LC_ALL="C", LANG="C")

    # ------------------------------------------------------------- running
    def run(self, cmd, cwd, timeout, log):
        """Runs CMD in CWD; returns (rc, stdout, stderr); rc is None on
        timeout, negative when killed by a signal."""
        t0 = now()
        try:
            p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout, env=self.env)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            rc, out, err = None, e.stdout or b"", e.stderr or b""
        out = out.decode("utf-8", "replace")
        err = err.decode("utf-8", "replace")
        if log is not None:
            log.write("$ (cd %s && %s)  # rc=%s %.2fs\n%s" % (
                cwd, " ".join(cmd), rc, now() - t0, err))
        return rc, out, err

    @staticmethod
    def is_ice(rc, err):
        return ("internal compiler error" in err or "Segmentation fault" in err
                or "killed by signal" in err or "terminated by signal" in err
                or (rc is not None and rc < 0))

    def compile(self, cmd, cwd, log, what, ctx):
        """A compile (or link).  Returns True on success; records an ICE or
        a failure in CTX["problem"] (first one wins)."""
        rc, out, err = self.run(cmd, cwd, self.a.compile_timeout, log)
        ctx["stderr"].append(err)
        if rc == 0:
            return True
        if self.is_ice(rc, err):
            kind = "ice"
        elif rc is None:
            kind = "compile-timeout"
        else:
            kind = "error"
        if ctx.get("problem") is None:
            ctx["problem"] = (kind, what, " ".join(cmd), err)
        return False

    # ------------------------------------------------------------ counters
    COLS = ["programs", "builds", "runs", "sites", "inlined", "mismatch",
            "ice", "xi_error", "ir_reject", "gen_error", "skipped"]

    def add(self, gen, level, fs, **counts):
        with self.lock:
            k = (gen, level, fs)
            if k not in self.stats:
                self.stats[k] = {c: 0 for c in self.COLS}
            for c, v in counts.items():
                self.stats[k][c] += v

    def note_stderr(self, err):
        """Counts the refusal notes and import warnings in ERR; returns the
        number of DB bodies the importer found malformed (the exporter
        wrote IR the importer rejects: a plugin bug, but no miscompile)."""
        with self.lock:
            return self._note_stderr(err)

    def _note_stderr(self, err):
        bad_ir = 0
        for line in err.splitlines():
            m = re.search(r"xinline: .(\S+). not exported: (.*)$", line)
            if m:
                # by reason; csmith's helpers by name (they are always the same)
                name = m.group(1)
                why = re.sub(r"'[^']*'", "'X'", m.group(2).replace("\u2018", "'").replace("\u2019", "'"))
                why = re.sub(r"\d+", "N", why)
                k = "%s: %s" % (name, why) if name.startswith("safe_") else why
                self.refused[k] = self.refused.get(k, 0) + 1
                continue
            m = re.search(r"warning: xinline: (.*)$", line)
            if m and "export needs optimization" not in line:
                k = re.sub(r"\d+", "N", m.group(1))
                self.import_warn[k] = self.import_warn.get(k, 0) + 1
                if "is malformed" in line:
                    bad_ir += 1
        return bad_ir

    # ------------------------------------------------------------- csmith
    def csmith_setup(self):
        """The shim include directory and the safe-math provider source."""
        d = os.path.join(self.work, "csmith-shim")
        os.makedirs(d, exist_ok=True)
        src = open(os.path.join(CSMITH_INC, "safe_math.h")).read()
        protos = []
        for m in re.finditer(r"STATIC\s+(\w+)\s*\nFUNC_NAME\((\w+)\)\(([^)]*?)\s*LOG_INDEX\)", src):
            protos.append("extern %s safe_%s(%s);" % m.groups())
        if len(protos) < 50:
            sys.exit("xidiff: cannot parse %s/safe_math.h" % CSMITH_INC)
        with open(os.path.join(d, "xi_safe_math.h"), "w") as fp:
            fp.write("/* generated by xidiff.py: csmith's safe-math wrappers as extern functions */\n"
                     "#ifndef XI_SAFE_MATH_H\n#define XI_SAFE_MATH_H\n%s\n#endif\n" % "\n".join(protos))
        shutil.copy(os.path.join(CSMITH_INC, "csmith.h"), os.path.join(d, "csmith.h"))
        ri = open(os.path.join(CSMITH_INC, "random_inc.h")).read()
        if '#include "safe_math.h"' not in ri:
            sys.exit("xidiff: unexpected %s/random_inc.h" % CSMITH_INC)
        with open(os.path.join(d, "random_inc.h"), "w") as fp:
            fp.write(ri.replace('#include "safe_math.h"', '#include "xi_safe_math.h"'))
        with open(os.path.join(d, "safe_math_provider.c"), "w") as fp:
            fp.write("/* generated by xidiff.py: csmith's safe-math wrappers, extern */\n"
                     "#include <limits.h>\n#include <stdint.h>\n#include <math.h>\n"
                     "#include <float.h>\n#include \"xi_safe_math.h\"\n"
                     "#define UNDEFINED(v) (v)\n#define LOG_INDEX\n#define LOG_EXEC\n"
                     "#define STATIC\n#define FUNC_NAME(x) (safe_##x)\n"
                     "#include \"safe_math.h\"\n")
        self.shim = d

    def csmith_inc(self):
        return ["-I" + self.shim, "-I" + CSMITH_INC]

    def csmith_provider(self, level, fs, log):
        with self.prov_lock:
            return self._csmith_provider(level, fs, log)

    def _csmith_provider(self, level, fs, log):
        """Builds (once per configuration) the safe-math provider: plain,
        exported, and its DB.  Returns a dict, or None if it failed."""
        key = (level, fs)
        if key in self.csmith_prov:
            return self.csmith_prov[key]
        d = os.path.join(self.work, "csmith-prov", "%s%s" % (level[1:], "-" + fs))
        os.makedirs(d, exist_ok=True)
        src = os.path.join(self.shim, "safe_math_provider.c")
        flags = [level] + FLAGSETS[fs] + self.csmith_inc()
        ctx = {"stderr": []}
        ok = self.compile(self.cc + flags + ["-c", src, "-o", "ref.o"], d, log, "csmith provider", ctx)
        # the integer wrappers (csmith generates no floating point by
        # default; the float ones would only be refused: no FP in the IR)
        exp = self.export_flags(["safe_*_func_int*", "safe_*_func_uint*"])
        ok = ok and self.compile(self.cc + flags + exp + ["-c", src, "-o", "xi.o"], d, log,
                                 "csmith provider (export)", ctx)
        dbsrc = "xi.o"
        if ok and level == "-O0":
            # Nothing is exported at -O0: the DB comes from an -O1 build,
            # to check that -O0 consumers import nothing from a real DB.
            flags1 = ["-O1"] + FLAGSETS[fs] + self.csmith_inc()
            ok = self.compile(self.cc + flags1 + exp + ["-c", src, "-o", "xi-O1.o"], d, log,
                              "csmith provider (export -O1)", ctx)
            dbsrc = "xi-O1.o"
        ok = ok and self.compile([self.xdb, "build", "-o", "xi.xdb", dbsrc], d, log, "xinline-db", ctx)
        for e in ctx["stderr"]:
            self.note_stderr(e)
        if not ok:
            kind, what, cmd, err = ctx["problem"]
            with self.lock:
                self.bugs.append((kind, d, "%s %s" % (level, fs), "%s: %s\n%s" % (what, cmd, err)))
            res = None
        else:
            res = {"ref": os.path.join(d, "ref.o"), "xi": os.path.join(d, "xi.o"),
                   "db": os.path.join(d, "xi.xdb")}
        self.csmith_prov[key] = res
        return res

    def export_flags(self, globs, auto=None):
        f = ["-fplugin=" + self.plugin, "-fchecking",
             "-fplugin-arg-xinline-export=" + ",".join(globs)]
        if auto:
            f.append("-fplugin-arg-xinline-export-auto=%d" % auto)
        return f

    def import_flags(self, db, report):
        return ["-fplugin=" + self.plugin, "-fchecking",
                "-fplugin-arg-xinline-db=" + db,
                "-fplugin-arg-xinline-report=" + report]

    # --------------------------------------------------------- one config
    def build_csmith(self, pdir, cdir, level, fs, log, ctx):
        prov = self.csmith_provider(level, fs, log)
        if prov is None:
            ctx["problem"] = ("skip", "csmith provider", "", "")
            return False
        flags = [level] + FLAGSETS[fs] + self.csmith_inc()
        src = os.path.join(pdir, "prog.c")
        if not self.compile(self.cc + flags + [src, prov["ref"], "-o", "ref.exe"], cdir, log, "reference", ctx):
            ctx["ref_failed"] = True
            return False
        rep = os.path.join(cdir, "report.json")
        ctx["reports"].append(rep)
        return self.compile(self.cc + flags + self.import_flags(prov["db"], rep) +
                            [src, prov["xi"], "-o", "xi.exe"], cdir, log, "consumer (xinline)", ctx)

    def build_own(self, pdir, cdir, level, fs, log, ctx, meta, consumer=True):
        flags = [level] + FLAGSETS[fs] + ["-I" + self.inc, "-I" + pdir] + OWN_WNO
        src = lambda n: os.path.join(pdir, n)
        cc = self.cc
        ok = (self.compile(cc + flags + ["-c", src("prov_a.c"), "-o", "ref_a.o"], cdir, log, "reference", ctx) and
              self.compile(cc + flags + ["-c", src("prov_b.c"), "-o", "ref_b.o"], cdir, log, "reference", ctx) and
              self.compile(cc + flags + [src("main.c"), "ref_a.o", "ref_b.o", "-o", "ref.exe"], cdir, log, "reference", ctx))
        if not ok:
            ctx["ref_failed"] = True
            return False
        exp = self.export_flags(["xh_*"], EXPORT_AUTO)
        dbl = [level] if level != "-O0" else ["-O1"]
        # prov_a, then prov_b (optionally a consumer of prov_a's DB too),
        # then the DB of both.
        steps = [("xi_a.o", "prov_a.c", [])]
        if meta["b_imports"]:
            rep = os.path.join(cdir, "report_b.json")
            ctx["reports"].append(rep)
            steps.append(("xi_b.o", "prov_b.c", ["-fplugin-arg-xinline-db=a.xdb",
                                                 "-fplugin-arg-xinline-report=" + rep]))
        else:
            steps.append(("xi_b.o", "prov_b.c", []))
        dbobjs = []
        for (obj, s, extra) in steps:
            if not self.compile(cc + flags + exp + extra + ["-c", src(s), "-o", obj], cdir, log, "provider (export)", ctx):
                return False
            if level == "-O0":
                # nothing is exported at -O0: the DB comes from -O1 objects
                o1 = obj.replace(".o", "-O1.o")
                extra1 = [x for x in extra if "report" not in x]
                if not self.compile(cc + dbl + flags[1:] + exp + extra1 +
                                    ["-c", src(s), "-o", o1], cdir, log, "provider (export -O1)", ctx):
                    return False
                dbobjs.append(o1)
            else:
                dbobjs.append(obj)
            if obj == "xi_a.o":
                if not self.compile([self.xdb, "build", "-o", "a.xdb", dbobjs[0]], cdir, log, "xinline-db", ctx):
                    return False
        if not self.compile([self.xdb, "build", "-o", "ab.xdb"] + dbobjs, cdir, log, "xinline-db", ctx):
            return False
        if not consumer:
            return True
        rep = os.path.join(cdir, "report.json")
        ctx["reports"].append(rep)
        return self.compile(cc + flags + self.import_flags("ab.xdb", rep) +
                            [src("main.c"), "xi_a.o", "xi_b.o", "-o", "xi.exe"], cdir, log, "consumer (xinline)", ctx)

    # ------------------------------------------------------------- --llvm
    CALL_RE = re.compile(r'\bcall\b[^@\n]*@"?([A-Za-z_.$][\w.$]*)"?\(')

    def llvm_calls(self, text, names):
        """The calls in LLVM IR TEXT to functions in NAMES."""
        return sum(1 for m in self.CALL_RE.finditer(text) if m.group(1) in names)

    def build_llvm(self, srcs, incs, cdir, level, fs, db, objs, log, ctx):
        """The consumer SRCS (C, with include flags INCS) through the LLVM
        path: clang to LLVM IR, llvm-link with emit-llvm of DB, opt, llc,
        linked with the provider objects OBJS into xi.exe.  Counts the
        call sites to DB helpers before and after in CTX["llvm_sites"]."""
        b = self.a.llvm_bindir
        tool = lambda t: os.path.join(b, t)
        flags = [level] + FLAGSETS[fs] + incs + OWN_WNO + ["-include", self.llvm_compat()]
        rc, out, err = self.run([self.xdb, "list", db], cdir, 60, log)
        names = set(line.split("\t")[0] for line in out.splitlines() if line)
        lls = []
        for i, src in enumerate(srcs):
            ll = "main%d.ll" % i
            if not self.compile([tool("clang")] + flags + ["-S", "-emit-llvm", src, "-o", ll],
                                cdir, log, "consumer (clang)", ctx):
                return False
            lls.append(ll)
        text = "".join(open(os.path.join(cdir, ll)).read() for ll in lls)
        target = "".join(l + "\n" for l in text.splitlines() if l.startswith("target "))
        rc, out, err = self.run([self.xdb, "emit-llvm", "--dso-local", db], cdir, 60, log)
        if rc != 0:
            ctx["problem"] = ("error", "emit-llvm", db, err)
            return False
        for line in out.splitlines():
            m = re.match(r"; \S+: refused: (.*)$", line)
            if m:
                k = "llvm: " + re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'X'", m.group(1)))
                with self.lock:
                    self.import_warn[k] = self.import_warn.get(k, 0) + 1
        with open(os.path.join(cdir, "helpers.ll"), "w") as fp:
            fp.write(target + out)
        olevel = level[2:]
        ok = (self.compile([tool("llvm-link"), "--only-needed"] + lls + ["helpers.ll", "-o", "linked.bc"],
                           cdir, log, "llvm-link", ctx) and
              self.compile([tool("opt"), "-passes=default<O%s>" % olevel, "linked.bc", "-S", "-o", "opt.ll"],
                           cdir, log, "opt", ctx) and
              self.compile([tool("llc"), "-O%s" % (olevel if olevel in "0123" else "2"),
                            "-filetype=obj", "-relocation-model=pic", "opt.ll", "-o", "xi_main.o"],
                           cdir, log, "llc", ctx) and
              self.compile(self.cc + ["xi_main.o"] + objs + ["-o", "xi.exe"], cdir, log, "link (llvm)", ctx))
        if ok:
            before = self.llvm_calls(text, names)
            after = self.llvm_calls(open(os.path.join(cdir, "opt.ll")).read(), names)
            ctx["llvm_sites"] = (before, max(before - after, 0))
        return ok

    def llvm_compat(self):
        """A header giving clang GCC's __builtin_*_overflow_p, which the
        generated consumers use: the overflow of the operation in the type
        of the third argument, as GCC defines it."""
        path = os.path.join(self.work, "llvm-compat.h")
        with self.prov_lock:
            if not os.path.exists(path):
                with open(path, "w") as fp:
                    fp.write("/* generated by xidiff.py --llvm: GCC builtins clang lacks */\n")
                    for op in ("add", "sub", "mul"):
                        fp.write("#define __builtin_%s_overflow_p(a, b, c) __extension__ "
                                 "({ __typeof__ (c) xi_r_; __builtin_%s_overflow ((a), (b), "
                                 "&xi_r_); })\n" % (op, op))
                    # GCC's x86 builtins xigen.py uses, by clang's equivalents
                    # (bsr of a nonzero value; rotates count modulo the width).
                    fp.write("#define __builtin_ia32_bsrsi(x) (31 - __builtin_clz ((unsigned) (x)))\n"
                             "#define __builtin_ia32_rolqi(x, n) __builtin_rotateleft8 ((x), (n))\n"
                             "#define __builtin_ia32_rorhi(x, n) __builtin_rotateright16 ((x), (n))\n")
        return path

    def build_own_llvm(self, pdir, cdir, level, fs, log, ctx, meta):
        """An own program with the consumer through the LLVM path: the
        providers and their DB as build_own makes them."""
        if not self.build_own(pdir, cdir, level, fs, log, ctx, meta, consumer=False):
            return False
        return self.build_llvm([os.path.join(pdir, "main.c")], ["-I" + self.inc, "-I" + pdir],
                               cdir, level, fs, "ab.xdb", ["xi_a.o", "xi_b.o"], log, ctx)

    def run_config(self, gen, pdir, level, fs, meta):
        """Builds and runs one program in one configuration.  Returns
        (status, detail): status is pass, mismatch, ice, xi-error,
        gen-error or skip."""
        cdir = os.path.join(pdir, "%s-%s" % (level[1:], fs))
        os.makedirs(cdir, exist_ok=True)
        s = {}
        try:
            return self._run_config(gen, pdir, cdir, level, fs, meta, s)
        finally:
            self.add(gen, level, fs, **s)

    def _run_config(self, gen, pdir, cdir, level, fs, meta, s):
        for c in self.COLS:
            s[c] = 0
        ctx = {"stderr": [], "reports": []}
        with open(os.path.join(cdir, "log.txt"), "w") as log:
            if gen == "csmith":
                ok = self.build_csmith(pdir, cdir, level, fs, log, ctx)
            elif self.a.llvm:
                ok = self.build_own_llvm(pdir, cdir, level, fs, log, ctx, meta)
            else:
                ok = self.build_own(pdir, cdir, level, fs, log, ctx, meta)
            for e in ctx["stderr"]:
                s["ir_reject"] += self.note_stderr(e)
            sites = inlined = 0
            for rep in ctx["reports"]:
                if os.path.exists(rep):
                    for line in open(rep):
                        line = line.strip()
                        if not line:
                            continue
                        try:
                            j = json.loads(line)
                        except ValueError:
                            continue
                        # A helper calling a static function of its file
                        # is in the DB only for kernel modules' copies;
                        # a C program refuses it by design (it counted as
                        # not exported before file-local entries).
                        if not j.get("inlined") and FILE_LOCAL_REASON in j.get("reason", ""):
                            continue
                        sites += 1
                        inlined += 1 if j.get("inlined") else 0
            if "llvm_sites" in ctx:
                sites += ctx["llvm_sites"][0]
                inlined += ctx["llvm_sites"][1]
            s["sites"] += sites
            s["inlined"] += inlined
            if not ok:
                kind, what, cmd, err = ctx["problem"]
                if kind == "skip":
                    s["skipped"] += 1
                    return "skip", what
                if ctx.get("ref_failed"):
                    if kind == "ice":
                        # an ICE without the plugin: GCC's, not ours
                        s["skipped"] += 1
                        return "skip", "GCC ICE without the plugin: %s" % cmd
                    s["gen_error"] += 1
                    return "gen-error", "%s: %s\n%s" % (what, cmd, err)
                if kind == "ice":
                    s["ice"] += 1
                    return "ice", "%s: %s\n%s" % (what, cmd, err)
                s["xi_error"] += 1
                return "xi-error", "%s: %s\n%s" % (what, cmd, err)
            s["builds"] += 2
            t = self.a.run_timeout
            rr = self.run([os.path.join(cdir, "ref.exe")], cdir, t, log)
            if rr[0] is None:
                s["skipped"] += 1
                return "skip", "reference run timed out after %ds" % t
            rx = self.run([os.path.join(cdir, "xi.exe")], cdir, t, log)
            if rx[0] is None:
                # confirm with a longer limit before calling it a mismatch
                rx = self.run([os.path.join(cdir, "xi.exe")], cdir, t * 4, log)
            s["runs"] += 2
            if rr[0] != rx[0] or rr[1] != rx[1]:
                s["mismatch"] += 1
                with open(os.path.join(cdir, "mismatch.txt"), "w") as fp:
                    fp.write("reference: exit %s\n%s\nxinline: exit %s\n%s\n" % (rr[0], rr[1], rx[0], rx[1]))
                return "mismatch", "exit %s vs %s; see %s/mismatch.txt" % (rr[0], rx[0], cdir)
        return "pass", ""

    # -------------------------------------------------------- one program
    def program(self, k):
        a = self.a
        seed = a.seed + k
        if a.gen == "mix":
            gen = "own" if k % 2 == 0 else "csmith"
        else:
            gen = a.gen
        name = "%s-%d" % (gen, seed)
        pdir = os.path.join(self.work, name)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        os.makedirs(pdir)
        meta = {}
        if gen == "csmith":
            rc, out, err = self.run(["csmith", "--seed", str(seed), "--output",
                                     os.path.join(pdir, "prog.c")] + a.csmith_opts.split(),
                                    pdir, 60, None)
            if rc != 0:
                return name, [("gen-error", "all", "csmith failed: " + err)]
        else:
            files = xigen.generate(seed, a.size)
            for fn, text in files.items():
                with open(os.path.join(pdir, fn), "w") as fp:
                    fp.write(text)
            meta["b_imports"] = seed % 3 != 0
        levels, fss = self.configs(k)
        results = []
        if gen == "own" and a.check_ub:
            results.append(self.check_ub(pdir))
            if results[-1][0] != "pass":
                with self.lock:
                    self.bugs.append((results[-1][0], pdir, "ubsan", results[-1][2]))
        counted = set()
        for fs in fss:
            for level in levels:
                if (level, fs) not in counted:
                    self.add(gen, level, fs, programs=1)
                    counted.add((level, fs))
                status, detail = self.run_config(gen, pdir, level, fs, meta)
                results.append((status, "%s %s" % (level, fs), detail))
                if status not in ("pass", "skip"):
                    with self.lock:
                        self.bugs.append((status, pdir, "%s %s" % (level, fs), detail))
        bad = [r for r in results if r[0] not in ("pass", "skip")]
        if not bad and not a.keep:
            shutil.rmtree(pdir, ignore_errors=True)
        return name, results

    def check_ub(self, pdir):
        """Validates the generator: the program built with UBSan and ASan
        must run clean."""
        d = os.path.join(pdir, "ubsan")
        os.makedirs(d, exist_ok=True)
        ctx = {"stderr": []}
        with open(os.path.join(d, "log.txt"), "w") as log:
            srcs = [os.path.join(pdir, n) for n in ("prov_a.c", "prov_b.c", "main.c")]
            if not self.compile(self.cc + ["-O1", "-fsanitize=undefined,address",
                                           "-fno-sanitize-recover=all", "-I" + self.inc,
                                           "-I" + pdir] + OWN_WNO + srcs + ["-o", "m"],
                                d, log, "sanitizer build", ctx):
                return ("gen-error", "ubsan", "%s: %s\n%s" % ctx["problem"][1:])
            rc, out, err = self.run([os.path.join(d, "m")], d, self.a.run_timeout * 3, log)
        if rc != 0 and ("runtime error" in err or "Sanitizer" in err):
            return ("gen-error", "ubsan", "undefined behaviour in the generated program:\n" + err[-2000:])
        return ("pass", "ubsan", "")

    def configs(self, k):
        levels = self.a.levels.split(",")
        fss = self.a.flagsets.split(",")
        if self.a.alternate_flagsets and len(fss) > 1:
            # with --gen mix, program K is own or csmith by K's parity:
            # alternate per pair so that both kinds get every flag set
            fss = [fss[(k // 2 if self.a.gen == "mix" else k) % len(fss)]]
        return levels, fss

    # ------------------------------------------------------------ summary
    def table(self):
        cols = self.COLS
        rows = []
        tot = {c: 0 for c in cols}
        for k in sorted(self.stats, key=lambda k: (k[0], k[2], LEVELS.index(k[1]) if k[1] in LEVELS else 9)):
            s = self.stats[k]
            rows.append(["%s %s %s" % k] + [s[c] for c in cols])
            for c in cols:
                tot[c] += s[c]
        rows.append(["total"] + [tot[c] for c in cols])
        tot["sites_opt"] = sum(v["sites"] for k, v in self.stats.items() if k[1] != "-O0")
        tot["inlined_opt"] = sum(v["inlined"] for k, v in self.stats.items() if k[1] != "-O0")
        hdr = ["generator level flags"] + cols
        w = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(len(hdr))]
        lines = ["  ".join(str(x).ljust(w[i]) if i == 0 else str(x).rjust(w[i])
                           for i, x in enumerate(r)) for r in [hdr] + rows]
        return "\n".join(lines), tot


def llvm_setup(a, ap):
    """--llvm: the own generator, -O1 -O2 -O3 unless given, and the LLVM
    tools."""
    if a.gen == "mix":
        a.gen = "own"
    if a.gen != "own":
        ap.error("--llvm works with the own generator")
    if a.levels == ",".join(LEVELS):
        a.levels = "-O1,-O2,-O3"
    if not a.llvm_bindir:
        try:
            a.llvm_bindir = subprocess.run(["llvm-config-22", "--bindir"], stdout=subprocess.PIPE,
                                           check=True).stdout.decode().strip()
        except (OSError, subprocess.CalledProcessError):
            ap.error("--llvm needs --llvm-bindir (no llvm-config-22)")
    for t in ("clang", "llvm-link", "opt", "llc"):
        if not os.path.exists(os.path.join(a.llvm_bindir, t)):
            ap.error("--llvm: no %s in %s" % (t, a.llvm_bindir))


def main():
    ap = argparse.ArgumentParser(description="xinline differential testing")
    ap.add_argument("--plugin", required=True, help="plugin/xinline.so")
    ap.add_argument("--xinline-db", required=True, help="tools/xinline-db")
    ap.add_argument("--include", required=True, help="directory of xinline.h")
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("-n", type=int, default=20, help="number of programs")
    ap.add_argument("--seed", type=int, default=1, help="seed of program 0")
    ap.add_argument("--gen", choices=["mix", "own", "csmith"], default="mix")
    ap.add_argument("--levels", default=",".join(LEVELS))
    ap.add_argument("--flagsets", default="std,kernel")
    ap.add_argument("--alternate-flagsets", action="store_true",
                    help="one flag set per program, in turn (short runs)")
    ap.add_argument("--size", type=float, default=1.0, help="own generator size factor")
    ap.add_argument("--check-ub", action="store_true",
                    help="also run each own program built with UBSan and ASan (generator check)")
    ap.add_argument("--csmith-opts", default="", help="extra csmith options")
    ap.add_argument("--work", default="xidiff-work")
    ap.add_argument("--keep", action="store_true", help="keep passing programs")
    ap.add_argument("--run-timeout", type=int, default=10)
    ap.add_argument("--compile-timeout", type=int, default=300)
    ap.add_argument("--max-time", type=float, default=0,
                    help="stop starting programs after this many seconds")
    ap.add_argument("--dejagnu", action="store_true",
                    help="one PASS/FAIL/UNSUPPORTED line per program")
    ap.add_argument("--summary", help="also write the summary (table ...) here")
    ap.add_argument("--summary-json", help="write the counters here")
    ap.add_argument("--llvm", action="store_true",
                    help="the consumer through the LLVM path (clang, emit-llvm, opt, llc) "
                         "instead of GCC's importer; own generator, -O1 -O2 -O3 by default")
    ap.add_argument("--llvm-bindir", default=os.environ.get("LLVM_BINDIR", ""),
                    help="bin directory of the LLVM tools (default: llvm-config-22 --bindir)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="programs in parallel")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()
    if a.llvm:
        llvm_setup(a, ap)

    os.makedirs(a.work, exist_ok=True)
    r = Runner(a)
    have_csmith = shutil.which("csmith") is not None and \
        os.path.exists(os.path.join(CSMITH_INC, "safe_math.h"))
    if a.gen in ("mix", "csmith") and have_csmith:
        r.csmith_setup()
    for f in (r.plugin, r.xdb):
        if not os.path.exists(f):
            sys.exit("xidiff: %s does not exist; build first" % f)

    t0 = now()
    done = [0]
    stop = []

    def on_signal(signum, frame):
        # finish the programs under way, then print the summary
        if stop:
            raise KeyboardInterrupt
        stop.append(signum)
        print("xidiff: signal %d: stopping after the current program(s)" % signum,
              file=sys.stderr, flush=True)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    def one(k):
        if stop or (a.max_time and now() - t0 > a.max_time):
            return None
        gen = a.gen if a.gen != "mix" else ("own" if k % 2 == 0 else "csmith")
        if gen == "csmith" and not have_csmith:
            return ("csmith-%d" % (a.seed + k), None)
        res = r.program(k)
        done[0] += 1
        return res

    def report(k, res):
        if res is None:
            return
        name, results = res
        if results is None:
            if a.dejagnu:
                print("UNSUPPORTED: diff %s (csmith or libcsmith-dev not installed)" % name, flush=True)
            return
        bad = [x for x in results if x[0] not in ("pass", "skip")]
        skipped = [x for x in results if x[0] == "skip"]
        if a.dejagnu:
            if bad:
                for (st, cfg, det) in bad:
                    print("FAIL: diff %s %s: %s" % (name, cfg, st), flush=True)
                    print("  " + det.strip().replace("\n", "\n  ")[:4000], flush=True)
            elif len(skipped) == len(results):
                print("UNSUPPORTED: diff %s (%s)" % (name, skipped[0][2]), flush=True)
            else:
                print("PASS: diff %s (%d configurations%s)" % (
                    name, len(results) - len(skipped),
                    ", %d skipped" % len(skipped) if skipped else ""), flush=True)
        elif not a.quiet:
            summ = ", ".join("%s %s" % (st, cfg) for (st, cfg, det) in bad) or "ok"
            print("[%d/%d %.0fs] %s: %s" % (k + 1, a.n, now() - t0, name, summ), flush=True)

    if a.jobs <= 1:
        for k in range(a.n):
            report(k, one(k))
    else:
        # results are printed in program order
        with ThreadPoolExecutor(max_workers=a.jobs) as ex:
            futs = [ex.submit(one, k) for k in range(a.n)]
            for k, f in enumerate(futs):
                report(k, f.result())
    done = done[0]
    elapsed = now() - t0

    tab, tot = r.table()
    summary = []

    def out(text=""):
        print(text, flush=True)
        summary.append(text)

    out("\n== xidiff: %d programs in %.0f s (seeds %d..%d, gen %s%s, levels %s, flag sets %s)" % (
        done, elapsed, a.seed, a.seed + max(a.n - 1, 0), a.gen, " through LLVM" if a.llvm else "",
        a.levels, a.flagsets))
    out(tab)
    if tot["sites"]:
        out("call sites inlined: %d of %d (%.1f%%)" % (tot["inlined"], tot["sites"],
                                                        100.0 * tot["inlined"] / tot["sites"]))
    if tot["sites_opt"]:
        out("call sites inlined at -O1 and above: %d of %d (%.1f%%)" % (
            tot["inlined_opt"], tot["sites_opt"], 100.0 * tot["inlined_opt"] / tot["sites_opt"]))
    if r.refused:
        out("\nrefused exports (notes; reason -- times):")
        for k2 in sorted(r.refused):
            out("  %s -- %d" % (k2, r.refused[k2]))
    if r.import_warn:
        out("\nimport warnings (times):")
        for k2 in sorted(r.import_warn):
            out("  %s -- %d" % (k2, r.import_warn[k2]))
    if r.bugs:
        out("\nproblems:")
        for (kind, d, cfg, det) in r.bugs:
            out("  %s: %s [%s]\n    %s" % (kind, d, cfg, det.strip().split("\n")[0][:300]))
    if a.summary:
        with open(a.summary, "w") as fp:
            fp.write("\n".join(summary).lstrip("\n") + "\n")
    if a.summary_json:
        with open(a.summary_json, "w") as fp:
            json.dump({"programs": done, "seconds": round(elapsed), "totals": tot,
                       "per_config": {" ".join(k): v for k, v in r.stats.items()},
                       "refused": r.refused, "import_warnings": r.import_warn,
                       "problems": [list(b) for b in r.bugs]}, fp, indent=1)
    bad = tot["mismatch"] + tot["ice"] + tot["xi_error"] + tot["gen_error"] + len(r.bugs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
