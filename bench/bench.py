#!/usr/bin/env python3
"""bench.py - xinline's benchmarks (`make bench' runs it through run-bench.sh).

    bench.py --src SRCDIR --build BUILDDIR --out OUTDIR [--quick] [--only PARTS]

PARTS is a comma-separated subset of micro,compile,kernel,fio,rust (default:
all): micro the helper-call microbenchmarks, compile the compile cost (needs
micro), kernel the kernel TUs of the compile part (xiblk against the
installed kernel headers), fio xiblk in QEMU, rust the Rust loops calling
the micro helpers (bench/rust; needs rustc and the LLVM plugin).  Everything is built and
logged under OUTDIR (commands in OUTDIR/bench.log); the tables are printed
(Markdown) and written to OUTDIR/results.md.  --quick: fewer repetitions, no
instruction counts of the kernel compile, a short fio run (for trying the
script out; the numbers in bench/README.md are from a full run).

Measurements:
  - instructions: valgrind.  For the loops, callgrind with
    --toggle-collect=loop_NAME counts the instructions executed inside the
    loop function and everything it calls; the loop runs N and 2N operations
    and Ir/op = (Ir(2N) - Ir(N)) / N, so the call of the loop function, its
    prologue and epilogue cancel out.  Deterministic (same binary, same
    input: same count).  For compiles, cachegrind (--cache-sim=no) with
    --trace-children=yes counts gcc + cc1 + as together; GCC hashes
    pointers, so these vary by a few 0.01% between runs.
  - wall times: hyperfine (median and min-max of repeated runs) for the
    loops; for compiles, alternated repetitions of each variant, wall and
    CPU (user+sys of the process and its children, from wait4).  The
    machine is shared: wall times are noisy, CPU times less so.
"""
import argparse
import glob
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import kcost  # noqa: E402 (after the line above)

ARGS = None
LOG = None
OUT_MD = []


# ---------------------------------------------------------------------------
# helpers

T0 = time.time()


def log(*a):
    s = "[%3.0f s] " % (time.time() - T0) + " ".join(str(x) for x in a)
    print(s, file=sys.stderr, flush=True)
    if LOG:
        LOG.write(s + "\n")
        LOG.flush()


def emit(s=""):
    """A line of the results (stdout and results.md)."""
    print(s, flush=True)
    OUT_MD.append(s)


def run(argv, cwd=None, env=None, check=True):
    """Run argv (a list) and return its stdout; log the command."""
    if LOG:
        LOG.write("$ %s%s\n" % ("cd %s && " % cwd if cwd else "", shlex.join(argv)))
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    if LOG and p.stderr:
        LOG.write(p.stderr)
    if check and p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit("bench: command failed (%d): %s" % (p.returncode, shlex.join(argv)))
    return p.stdout


def timed(argv, cwd=None):
    """(wall seconds, CPU seconds of the process and its children)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit("bench: command failed (%d): %s" % (p.returncode, shlex.join(argv)))
    return wall, ru.ru_utime + ru.ru_stime


def timed_steps(steps):
    """Run a list of (argv, cwd) one after another: (wall, cpu) summed."""
    w = c = 0.0
    for argv, cwd in steps:
        a, b = timed(argv, cwd)
        w += a
        c += b
    return w, c


def alternate(variants, reps, warmup=1):
    """variants: list of (name, steps).  Runs every variant's steps, the
    variants alternated, warmup + reps times; returns {name: [(wall, cpu)]}
    of the last reps rounds."""
    res = {n: [] for n, _ in variants}
    for r in range(warmup + reps):
        for n, steps in variants:
            t = timed_steps(steps)
            if r >= warmup:
                res[n].append(t)
    return res


def med(xs):
    return statistics.median(xs)


def spread(xs, scale=1.0, fmt="%.2f"):
    return (fmt + "–" + fmt) % (min(xs) * scale, max(xs) * scale)


def instr_count(argv, cwd=None):
    """Instructions executed by argv and its children (cachegrind)."""
    vg = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--branch-sim=no",
          "--trace-children=yes", "--cachegrind-out-file=/dev/null"]
    if LOG:
        LOG.write("$ %s%s\n" % ("cd %s && " % cwd if cwd else "", shlex.join(vg + argv)))
    p = subprocess.run(vg + argv, cwd=cwd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-3000:])
        raise SystemExit("bench: valgrind failed: %s" % shlex.join(argv))
    n = [int(m.replace(",", "")) for m in re.findall(r"==\d+== I\s+refs:\s+([\d,]+)", p.stderr)]
    if not n:
        raise SystemExit("bench: no instruction count from valgrind for %s" % shlex.join(argv))
    return sum(n)


def callgrind_loop(exe, loop, n):
    """Instructions executed inside loop_LOOP (inclusive) for N operations."""
    argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
            "--toggle-collect=loop_" + loop, exe, loop, str(n)]
    if LOG:
        LOG.write("$ %s\n" % shlex.join(argv))
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
    if p.returncode != 0 or not m:
        sys.stderr.write(p.stderr[-2000:])
        raise SystemExit("bench: callgrind failed on %s %s" % (exe, loop))
    return int(m.group(1)), p.stdout


def text_size(path):
    out = run(["size", path])
    return int(out.splitlines()[1].split()[0])


def ratio(a, b):
    return "%.2f×" % (a / b) if b else "–"


def table(header, rows, align=None):
    emit("| " + " | ".join(header) + " |")
    al = align or ["l"] + ["r"] * (len(header) - 1)
    emit("|" + "|".join("---:" if a == "r" else "---" for a in al) + "|")
    for r in rows:
        emit("| " + " | ".join(str(x) for x in r) + " |")
    emit()


# ---------------------------------------------------------------------------
# the machine

def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    gcc = run([ARGS.cc, "--version"]).splitlines()[0]
    try:
        rev = run(["git", "-C", ARGS.src, "describe", "--always", "--dirty"], check=False).strip()
    except OSError:
        rev = ""
    vg = run(["valgrind", "--version"]).strip()
    hf = shutil.which("hyperfine")
    hfv = run([hf, "--version"]).strip() if hf else "not installed (own timing loop)"
    emit("## Machine")
    emit()
    emit("- %s, nproc %d, %s" % (cpu, os.cpu_count(), platform.platform()))
    emit("- %s; %s; %s" % (gcc, vg, hfv))
    emit("- xinline %s, %s" % (rev or "(no git)", time.strftime("%Y-%m-%d %H:%M %Z")))
    try:
        la = open("/proc/loadavg").read().split()[:3]
        emit("- load average at start: %s" % " ".join(la))
    except OSError:
        pass
    emit()


# ---------------------------------------------------------------------------
# 1. microbenchmarks

LOOPS = ["empty", "ref", "err", "lock", "seg", "field", "nested"]
BUILDS = ["base", "xinline", "lto", "inline"]
BUILD_DESC = {
    "base": "-O2, separate objects",
    "xinline": "-O2 + xinline (helpers.c exported, DB imported)",
    "lto": "-O2 -flto (compile and link)",
    "inline": "-O2, helpers static inline in the header",
}


ALIGN = ["-falign-functions=64", "-falign-loops=64"]


def micro_steps(build, d, extra=()):
    """The commands of one build of the microbenchmark, as (argv, cwd).
    EXTRA: more options for every compile and link."""
    cc = ARGS.cc
    msrc = os.path.join(ARGS.src, "bench", "micro")
    inc = ["-I" + os.path.join(ARGS.src, "include"), "-I" + msrc]
    o2 = ["-O2"] + list(extra)
    xi = "-fplugin=" + ARGS.plugin
    src = lambda f: os.path.join(msrc, f + ".c")
    s = []
    if build == "base":
        for f in ("helpers", "loops", "main"):
            s.append([cc] + o2 + inc + ["-c", src(f), "-o", f + ".o"])
        s.append([cc] + o2 + ["helpers.o", "loops.o", "main.o", "-o", "micro"])
    elif build == "xinline":
        s.append([cc] + o2 + inc + [xi, "-fplugin-arg-xinline-export", "-c", src("helpers"),
                                    "-o", "helpers.o"])
        s.append([ARGS.xdb, "build", "-o", "helpers.xdb", "helpers.o"])
        for f in ("loops", "main"):
            s.append([cc] + o2 + inc + [xi, "-fplugin-arg-xinline-db=helpers.xdb",
                                        "-c", src(f), "-o", f + ".o"])
        s.append([cc] + o2 + ["helpers.o", "loops.o", "main.o", "-o", "micro"])
    elif build == "lto":
        for f in ("helpers", "loops", "main"):
            s.append([cc] + o2 + ["-flto"] + inc + ["-c", src(f), "-o", f + ".o"])
        s.append([cc] + o2 + ["-flto=auto", "helpers.o", "loops.o", "main.o", "-o", "micro"])
    elif build == "inline":
        for f in ("loops", "main"):
            s.append([cc] + o2 + ["-DBENCH_STATIC_INLINE"] + inc + ["-c", src(f), "-o", f + ".o"])
        s.append([cc] + o2 + ["loops.o", "main.o", "-o", "micro"])
    return [(a, d) for a in s]


def helper_names(obj):
    out = run(["nm", "--defined-only", "-g", obj])
    return {l.split()[2] for l in out.splitlines() if len(l.split()) == 3 and l.split()[1] == "T"}


def loop_calls(exe, helpers):
    """{loop: number of call/jmp instructions to a helper} from objdump."""
    out = run(["objdump", "-d", "--no-show-raw-insn", exe])
    calls = {l: 0 for l in LOOPS}
    other = {l: 0 for l in LOOPS}
    fn = None
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <(\w+)>:$", line)
        if m:
            fn = m.group(1)[5:] if m.group(1).startswith("loop_") else None
            continue
        if fn not in calls:
            continue
        m = re.search(r"\s(call|jmp)\s+[0-9a-f]+ <([\w.]+)>", line)
        if m and m.group(2).split("@")[0] != "loop_" + fn:
            name = m.group(2).split("@")[0]
            if name in helpers:
                calls[fn] += 1
            elif not name.startswith("loop_"):
                other[fn] += 1
    return calls, other


def loop_code_size(exe):
    out = run(["nm", "-S", "--defined-only", exe])
    tot = 0
    for l in out.splitlines():
        p = l.split()
        if len(p) == 4 and p[3].startswith("loop_"):
            tot += int(p[1], 16)
    return tot


def micro():
    base_dir = os.path.join(ARGS.out, "micro")
    shutil.rmtree(base_dir, ignore_errors=True)
    exes = {}
    texes = {}
    for b in BUILDS:
        d = os.path.join(base_dir, b)
        os.makedirs(d)
        for argv, cwd in micro_steps(b, d):
            run(argv, cwd)
        exes[b] = os.path.join(d, "micro")
        # The timed builds: the same with functions and loops aligned to
        # 64 bytes.  Without, where the linker happens to put a loop decides
        # more than the code: the empty loop, the same instructions in all
        # four builds, ran 1.8 times slower in one of them.  (Not used for
        # the instruction counts: the padding before inner loops is
        # executed.)
        d = os.path.join(base_dir, b + "-aligned")
        os.makedirs(d)
        for argv, cwd in micro_steps(b, d, ALIGN):
            run(argv, cwd)
        texes[b] = os.path.join(d, "micro")
    # The xinline build once more with the report, for the log.
    d = os.path.join(base_dir, "xinline")
    rep = os.path.join(d, "report.jsonl")
    run([ARGS.cc, "-O2", "-I" + os.path.join(ARGS.src, "include"),
         "-I" + os.path.join(ARGS.src, "bench", "micro"), "-fplugin=" + ARGS.plugin,
         "-fplugin-arg-xinline-db=helpers.xdb", "-fplugin-arg-xinline-report=" + rep,
         "-c", os.path.join(ARGS.src, "bench", "micro", "loops.c"), "-o", "/dev/null"], d)
    refused = []
    p = subprocess.run([ARGS.cc, "-O2", "-I" + os.path.join(ARGS.src, "include"),
                        "-I" + os.path.join(ARGS.src, "bench", "micro"), "-fplugin=" + ARGS.plugin,
                        "-fplugin-arg-xinline-export", "-fplugin-arg-xinline-verbose",
                        "-fno-diagnostics-show-caret", "-c",
                        os.path.join(ARGS.src, "bench", "micro", "helpers.c"), "-o", "/dev/null"],
                       cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       env=dict(os.environ, LC_ALL="C"))
    for l in p.stderr.splitlines():
        m = re.search(r"note: xinline: '(\w+)' not exported: (.*)", l)
        if m:
            refused.append((m.group(1), m.group(2)))
    not_inlined = []
    if os.path.exists(rep):
        for l in open(rep):
            j = json.loads(l)
            if not j.get("inlined"):
                not_inlined.append((j.get("callee"), j.get("reason")))

    # Same results in every build.
    sums = {b: run([exes[b], "all", "10240"]) for b in BUILDS}
    sums.update({b + "-aligned": run([texes[b], "all", "10240"]) for b in BUILDS})
    if len(set(sums.values())) != 1:
        for b in sums:
            log(b, sums[b])
        raise SystemExit("bench: the builds compute different checksums")
    log("micro: the four builds print the same checksums")

    # Instructions per operation.
    n1, n2 = 102400, 204800
    ir = {}
    for b in BUILDS:
        for l in LOOPS:
            a, out1 = callgrind_loop(exes[b], l, n1)
            c, out2 = callgrind_loop(exes[b], l, n2)
            ir[b, l] = (c - a) / (n2 - n1)
    log("micro: callgrind done")

    # Wall time: N per loop so that the base build runs ~0.1-0.2 s.
    nwall = {}
    for l in LOOPS:
        k = int(ARGS.wall_instr / max(ir["base", l], 1) / 1024) * 1024
        nwall[l] = max(k, 1024)
    wall = {}
    hf = shutil.which("hyperfine")
    rounds, per = (1, 5) if ARGS.quick else (3, 5)
    runs = rounds * per
    # hyperfine runs all runs of one command, then the next: on a shared
    # machine the load drifts, so the runs are split into rounds and every
    # round times the four builds of every loop.
    for rnd in range(rounds):
        for l in LOOPS:
            if hf:
                js = os.path.join(base_dir, "hyperfine-%s-%d.json" % (l, rnd))
                argv = [hf, "-N", "--warmup", "1", "--runs", str(per), "--export-json", js,
                        "--style", "none"]
                for b in BUILDS:
                    argv += ["-n", b, "%s %s %d" % (texes[b], l, nwall[l])]
                run(argv)
                with open(js) as f:
                    res = json.load(f)["results"]
                for r in res:
                    wall.setdefault((r["command"], l), []).extend(r["times"])
            else:
                t = alternate([(b, [([texes[b], l, str(nwall[l])], None)]) for b in BUILDS], per, 1)
                for b in BUILDS:
                    wall.setdefault((b, l), []).extend(w for w, _ in t[b])
    log("micro: wall times done")

    # Sizes and calls.
    helpers = helper_names(os.path.join(base_dir, "base", "helpers.o"))
    calls = {}
    others = {}
    for b in BUILDS:
        calls[b], others[b] = loop_calls(exes[b], helpers)

    emit("## 1. Helper-call microbenchmarks")
    emit()
    emit("Builds: " + "; ".join("**%s** %s" % (b, BUILD_DESC[b]) for b in BUILDS) + ".")
    emit("Ir/op: instructions per operation (callgrind, exact); ns/op: hyperfine, median of %d runs "
         "(%d rounds of %d, the builds alternated) of N operations (min–max in brackets; includes process start-up, < 1%%; noisy: shared "
         "machine), of the same builds with -falign-functions=64 -falign-loops=64 so that code "
         "placement does not decide; calls: helper call instructions left in the loop function." % (runs, rounds, per))
    emit()
    rows = []
    for l in LOOPS:
        for b in BUILDS:
            ns = [t / nwall[l] * 1e9 for t in wall[b, l]]
            rows.append([l if b == "base" else "", b,
                         "%.2f" % ir[b, l], ratio(ir[b, l], ir["lto", l]),
                         ratio(ir[b, l], ir["base", l]),
                         "%.2f (%s)" % (med(ns), spread(ns)),
                         ratio(med(ns), med([t / nwall[l] * 1e9 for t in wall["lto", l]])),
                         ratio(med(ns), med([t / nwall[l] * 1e9 for t in wall["base", l]])),
                         calls[b][l]])
    table(["loop", "build", "Ir/op", "vs lto", "vs base", "ns/op", "vs lto", "vs base", "calls"],
          rows, ["l", "l", "r", "r", "r", "r", "r", "r", "r"])
    emit("N per loop for the wall times: " + ", ".join("%s %d" % (l, nwall[l]) for l in LOOPS) + ".")
    emit()

    rows = []
    base_sites = sum(calls["base"].values())
    lto_removed = base_sites - sum(calls["lto"].values())
    for b in BUILDS:
        sites = sum(calls[b].values())
        removed = base_sites - sites if b != "inline" else None
        rows.append([b, text_size(exes[b]), loop_code_size(exes[b]), sites,
                     "%d" % removed if removed is not None else "(no helper symbols)",
                     "%.0f%%" % (100.0 * removed / lto_removed) if removed is not None and lto_removed else "–",
                     sum(others[b].values())])
    emit("Text and call sites (all loops together): text = `size` of the program; loop code = "
         "bytes of the loop_* functions (`nm -S`); helper calls = call/jmp instructions to a helper "
         "in the loops; removed = base minus this build; vs lto = removed / removed by -flto; "
         "other calls = calls in the loops to non-helpers (`obj_release`, reached only through "
         "`obj_put`).")
    emit()
    table(["build", "text", "loop code", "helper calls", "removed", "vs lto", "other calls"], rows)
    xi_ratio = max(ir["xinline", l] / ir["lto", l] for l in LOOPS if l != "empty")
    worst = [l for l in LOOPS if ir["xinline", l] > ir["lto", l] * 1.0005]
    emit("Goal check: xinline ≤ 1.00× lto in Ir/op on every loop: %s (worst %.2f×%s); "
         "≥ 95%% of the call sites lto removes: %s (%d of %d)." % (
             "yes" if not worst else "**no**", xi_ratio,
             (": " + ", ".join("%s %.2f×" % (l, ir["xinline", l] / ir["lto", l]) for l in worst)) if worst else "",
             "yes" if lto_removed and (base_sites - sum(calls["xinline"].values())) >= 0.95 * lto_removed else "**no**",
             base_sites - sum(calls["xinline"].values()), lto_removed))
    emit()
    if refused:
        emit("Helpers the exporter refused (`-fplugin-arg-xinline-verbose`):")
        emit()
        for n, why in refused:
            emit("- `%s`: %s" % (n, why))
        emit()
    if not_inlined:
        emit("Call sites in loops.c the importer reports as not inlined:")
        emit()
        for n, why in sorted(set(not_inlined)):
            emit("- `%s`: %s" % (n, why))
        emit()
    return {"ir": ir, "calls": calls}


# ---------------------------------------------------------------------------
# 2. compile cost

def fmt_t(res, name, scale=1000.0):
    w = [x[0] for x in res[name]]
    c = [x[1] for x in res[name]]
    return ("%.0f (%s)" % (med(w) * scale, spread(w, scale, "%.0f")),
            "%.0f (%s)" % (med(c) * scale, spread(c, scale, "%.0f")))


def tu_rows(label, variants, reps, count_instr, ref, instr=None):
    """Rows for the TU table: time every variant (alternated), and count
    instructions once for the variants in COUNT_INSTR (True: all), into
    INSTR if given.  ref: the name of the baseline."""
    res = alternate(variants, reps)
    instr = {} if instr is None else instr
    for n, steps in variants:
        if count_instr is True or (count_instr and n in count_instr):
            (argv, cwd), = steps
            instr[n] = instr_count(argv, cwd)
    rows = []
    for n, _ in variants:
        w, c = fmt_t(res, n)
        mw = med([x[0] for x in res[n]]) / med([x[0] for x in res[ref]])
        mc = med([x[1] for x in res[n]]) / med([x[1] for x in res[ref]])
        rows.append([label if n == variants[0][0] else "", n, w, "%.3f×" % mw, c, "%.3f×" % mc,
                     "{:,}".format(instr[n]) if n in instr else "–",
                     "%.3f×" % (instr[n] / instr[ref]) if n in instr else "–"])
    return rows


def kernel_commands(kdir, d, obj, **kw):
    """The gcc command Kbuild ran for OBJ in D (from its .cmd file), its
    output redirected to a scratch file (kcost.kbuild_argv), and its cwd."""
    return kcost.kbuild_argv(d, obj, d, **kw), kdir


def kernel_setup():
    """Builds xiblk both ways; returns (kdir, dirs) or None."""
    builds = sorted(glob.glob("/lib/modules/*/build"))
    if not builds:
        return None
    # The 6.1 series when it is there (make check-modules' kernel), else the
    # last one.
    builds = [b for b in builds if os.path.basename(os.path.dirname(b)).startswith("6.1.")] or builds
    kdir = os.path.realpath(builds[-1])
    kver = os.path.basename(os.path.dirname(builds[-1]))
    ex = os.path.join(ARGS.src, "examples", "xiblk")
    dirs = {}
    for fl in ("plain", "xinline"):
        d = os.path.join(ARGS.out, "kernel", fl)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for f in ("Kbuild", "xiblk.c", "xiblk_helpers.c", "xiblk_helpers.h"):
            os.symlink(os.path.join(ex, f), os.path.join(d, f))
        argv = ["make", "-C", builds[-1], "M=" + d, "-j2",
                "XINLINE=" + ("y" if fl == "xinline" else "n"), "XINLINE_VERBOSE=n",
                "XINLINE_BUILD=" + ARGS.build, "XINLINE_SRC=" + ARGS.src]
        if ARGS.gcc_version:
            argv.append("GCC_VERSION=" + ARGS.gcc_version)
        run(argv)
        dirs[fl] = d
    return kdir, kver, dirs


def ko_calls(ko, helpers):
    out = run(["objdump", "-dr", ko])
    n = 0
    for l in out.splitlines():
        m = re.search(r"R_X86_64_(PLT32|PC32)\s+(\w+)", l)
        if m and m.group(2) in helpers:
            n += 1
    return n


def gen10k(d):
    shutil.rmtree(d, ignore_errors=True)
    run([sys.executable, os.path.join(ARGS.src, "bench", "gen-helpers.py"), d,
         str(ARGS.gen_files), str(ARGS.gen_per_file)])


def flow_steps(kind, d, nfiles, inc):
    """The whole-program flow KIND (base, xinline, lto) of the generated
    program, as {phase: [(argv, cwd)]}."""
    cc = ARGS.cc
    xi = "-fplugin=" + ARGS.plugin
    ph = {"providers": [], "db": [], "consumers": [], "link": []}
    objs = []
    for f in range(nfiles):
        p = "p_%02d" % f
        fl = ["-O2"] + inc
        if kind == "xinline":
            fl += [xi, "-fplugin-arg-xinline-export"]
        elif kind == "lto":
            fl += ["-flto"]
        ph["providers"].append(([cc] + fl + ["-c", p + ".c", "-o", kind + "-" + p + ".o"], d))
        objs.append(kind + "-" + p + ".o")
    if kind == "xinline":
        ph["db"].append(([ARGS.xdb, "build", "-o", "gen.xdb"] + objs, d))
    for f in ["c_%02d" % i for i in range(nfiles)] + ["main"]:
        fl = ["-O2"] + inc
        if kind == "xinline":
            fl += [xi, "-fplugin-arg-xinline-db=gen.xdb"]
        elif kind == "lto":
            fl += ["-flto"]
        ph["consumers"].append(([cc] + fl + ["-c", f + ".c", "-o", kind + "-" + f + ".o"], d))
        objs.append(kind + "-" + f + ".o")
    ph["link"].append(([cc, "-O2"] + (["-flto=auto"] if kind == "lto" else []) + objs +
                       ["-o", kind + "-prog"], d))
    ph["objs"] = objs
    return ph


PHASES = ("providers", "db", "consumers", "link")


def compile_cost(micro_res):
    out = os.path.join(ARGS.out, "compile")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    mdir = os.path.join(ARGS.out, "micro")
    msrc = os.path.join(ARGS.src, "bench", "micro")
    inc = ["-I" + os.path.join(ARGS.src, "include"), "-I" + msrc]
    cc = ARGS.cc
    xi = "-fplugin=" + ARGS.plugin
    reps = 5 if ARGS.quick else 11
    kreps = 3 if ARGS.quick else 7
    o = lambda n: os.path.join(out, n)

    # ---- the generated program: whole flows (they also make its DB) ------
    gdir = os.path.join(ARGS.out, "gen")
    gen10k(gdir)
    ginc = ["-I" + os.path.join(ARGS.src, "include")]
    nh = ARGS.gen_files * ARGS.gen_per_file
    kinds = ("base", "xinline", "lto")
    flows = {k: flow_steps(k, gdir, ARGS.gen_files, ginc) for k in kinds}
    gres = {}
    for kind in kinds:
        for phase in PHASES:
            if flows[kind][phase]:
                gres[kind, phase] = timed_steps(flows[kind][phase])
        log("compile: generated program, %s flow done" % kind)
    # lto with the helpers kept (exported from the executable, as a kernel's
    # EXPORT_SYMBOLs must stay): the same objects, another link
    rdyn_link = [([cc, "-O2", "-flto=auto", "-rdynamic"] + flows["lto"]["objs"] +
                  ["-o", "lto-rdynamic-prog"], gdir)]
    gres["lto-rdynamic", "link"] = timed_steps(rdyn_link)
    progs = {k: run([os.path.join(gdir, k + "-prog")]) for k in kinds + ("lto-rdynamic",)}
    if len(set(progs.values())) != 1:
        raise SystemExit("bench: the generated program's builds print different results: %r" % progs)
    gsizes = {k: text_size(os.path.join(gdir, k + "-prog")) for k in kinds + ("lto-rdynamic",)}
    # incremental: c_00.c changed
    inc_res = {}
    for kind in kinds:
        steps = [s for s in flows[kind]["consumers"] if "c_00.c" in s[0]] + flows[kind]["link"]
        inc_res[kind] = timed_steps(steps)
    log("compile: generated program done")

    # ---- micro flows ----------------------------------------------------
    mflows = {}
    for b in kinds:
        d = os.path.join(out, "flow-micro-" + b)
        os.makedirs(d, exist_ok=True)
        mflows[b] = micro_steps(b, d)
    mres = alternate([(b, mflows[b]) for b in kinds], reps)

    # ---- single translation units --------------------------------------
    rows = []
    loops_c = os.path.join(msrc, "loops.c")
    helpers_c = os.path.join(msrc, "helpers.c")
    mdb = os.path.join(mdir, "xinline", "helpers.xdb")
    gdb = os.path.join(gdir, "gen.xdb")
    # One DB holding the micro helpers and 10,000 (or 100,000: the generated
    # helpers 10 times, renamed, bench/scale-db.py) that loops.c never calls.
    mobj = os.path.join(mdir, "xinline", "helpers.o")
    gobjs = sorted(glob.glob(os.path.join(gdir, "xinline-p_*.o")))
    run([ARGS.xdb, "build", "-o", o("db10k.xdb"), mobj] + gobjs)
    run([sys.executable, os.path.join(ARGS.src, "bench", "scale-db.py"), gdb, "10", o("g100k.units")])
    run([ARGS.xdb, "build", "-o", o("db100k.xdb"), mobj, o("g100k.units")])
    xloops = lambda db, obj: [([cc, "-O2"] + inc + [xi, "-fplugin-arg-xinline-db=" + db, "-c", loops_c,
                                                  "-o", o(obj)], None)]
    variants = [
        ("plain", [([cc, "-O2"] + inc + ["-c", loops_c, "-o", o("l0.o")], None)]),
        ("xinline", xloops(mdb, "l1.o")),
        ("xinline, 10k-helper DB", xloops(o("db10k.xdb"), "l2.o")),
        ("xinline, 100k-helper DB", xloops(o("db100k.xdb"), "l4.o")),
        ("xinline, + 10k-helper DB file", [([cc, "-O2"] + inc + [xi, "-fplugin-arg-xinline-db=%s,%s" % (mdb, gdb),
                                                                "-c", loops_c, "-o", o("l5.o")], None)]),
        ("static inline", [([cc, "-O2", "-DBENCH_STATIC_INLINE"] + inc + ["-c", loops_c, "-o", o("l3.o")], None)]),
    ]
    rows += tu_rows("bench/micro/loops.c (consumer, 24 helper calls)", variants, reps, True, "plain")
    variants = [
        ("plain", [([cc, "-O2"] + inc + ["-c", helpers_c, "-o", o("h0.o")], None)]),
        ("export", [([cc, "-O2"] + inc + [xi, "-fplugin-arg-xinline-export", "-c", helpers_c,
                                         "-o", o("h1.o")], None)]),
    ]
    rows += tu_rows("bench/micro/helpers.c (provider, 26 helpers)", variants, reps, True, "plain")
    variants = [
        ("plain", [([cc, "-O2"] + ginc + ["-c", "c_00.c", "-o", o("c0.o")], gdir)]),
        ("xinline (10k DB)", [([cc, "-O2"] + ginc + [xi, "-fplugin-arg-xinline-db=" + gdb,
                                                    "-c", "c_00.c", "-o", o("c1.o")], gdir)]),
        ("static inline", [([cc, "-O2"] + ginc + ["-c", "ci_00.c", "-o", o("c2.o")], gdir)]),
    ]
    rows += tu_rows("gen/c_00.c (consumer, 500 helper calls)", variants, 3 if ARGS.quick else 5,
                    False, "plain")
    log("compile: user-space TUs done")

    kinfo = kxiblk = kloop = None
    if "kernel" in ARGS.only:
        ks = kernel_setup()
        if ks is None:
            log("compile: no kernel headers in /lib/modules/*/build: kernel TU skipped")
        else:
            kdir, kver, kd = ks
            pc = kernel_commands(kdir, kd["plain"], "xiblk.o")
            xc = kernel_commands(kdir, kd["xinline"], "xiblk.o")
            xg = (list(xc[0]), kdir)
            for i, a in enumerate(xg[0]):
                if a.startswith("-fplugin-arg-xinline-db="):
                    xg[0][i] = a + "," + gdb
            sc = kernel_commands(kdir, kd["plain"], "xiblk.o", src=kcost.xiblk_twin(kd["plain"]))
            xn = kernel_commands(kdir, kd["xinline"], "xiblk.o",
                                 drop=("-fplugin-arg-xinline-symvers=",))
            variants = [("plain", [pc]), ("xinline", [xc]), ("xinline, + 10k-helper DB", [xg]),
                        ("xinline, no symvers", [xn]), ("static inline", [sc])]
            counted = ["plain", "xinline", "xinline, no symvers", "static inline"]
            instr = {}
            rows += tu_rows("xiblk.c (kernel %s)" % kver, variants, kreps,
                            [] if ARGS.quick else counted, "plain", instr)
            kxiblk = instr if all(n in instr for n in counted) else None
            kloop = kcost.loop_share(sys.modules[__name__]) if not ARGS.quick else \
                "not with BENCH_QUICK"
            pp = kernel_commands(kdir, kd["plain"], "xiblk_helpers.o")
            xp = kernel_commands(kdir, kd["xinline"], "xiblk_helpers.o")
            variants = [("plain", [pp]), ("export", [xp])]
            rows += tu_rows("xiblk_helpers.c (kernel provider)", variants, kreps, False, "plain")
            khelpers = helper_names(os.path.join(kd["plain"], "xiblk_helpers.o"))
            kinfo = (kd, khelpers, kver)
            log("compile: kernel TUs done")

    # ---- DB sizes, xinline-db time ---------------------------------------
    def dbinfo(path):
        n = len([l for l in run([ARGS.xdb, "list", path]).splitlines() if l.strip()])
        return os.path.getsize(path), n
    dbrows = []
    for label, path in [("bench/micro (helpers.c)", mdb),
                        ("generated (%d files)" % ARGS.gen_files, gdb)] + \
            ([("xiblk_helpers.c (kernel)", os.path.join(kinfo[0]["xinline"], "xinline.xdb"))] if kinfo else []):
        sz, n = dbinfo(path)
        dbrows.append([label, n, sz, "%.0f" % (sz / n)])
    objs = sorted(glob.glob(os.path.join(gdir, "xinline-p_*.o")))
    dbt = alternate([("db", [([ARGS.xdb, "build", "-o", os.path.join(out, "t.xdb")] + objs, None)])],
                    3 if ARGS.quick else 11)
    dw, dc = fmt_t(dbt, "db")

    # ---- tables ------------------------------------------------------------
    emit("## 2. Compile cost")
    emit()
    emit("### Per translation unit")
    emit()
    emit("Wall and CPU time (user+sys, gcc and its children) in ms: median of %d alternated runs "
         "(min–max), kernel TUs %d runs, gen/c_00.c %d.  Instructions: gcc + cc1 + as under "
         "cachegrind, one run (– = not counted, too slow under valgrind).  The machine is shared: "
         "trust instructions, then CPU time, then wall time." % (reps, kreps, 3 if ARGS.quick else 5))
    emit()
    table(["TU", "variant", "wall ms", "vs plain", "CPU ms", "vs plain", "instructions", "vs plain"],
          rows, ["l", "l", "r", "r", "r", "r", "r", "r"])
    emit("### The DB")
    emit()
    emit("`xinline-db build` of the generated provider's %d objects (%d helpers): wall %s ms, "
         "CPU %s ms (median, min–max of %d)." % (len(objs), nh, dw, dc, 3 if ARGS.quick else 11))
    emit()
    table(["DB", "helpers", "bytes", "bytes/helper"], dbrows)
    if kinfo:
        kd, khelpers, kver = kinfo
        krows = []
        for fl in ("plain", "xinline"):
            ko = os.path.join(kd[fl], "xiblk.ko")
            krows.append([fl, ko_calls(ko, khelpers), text_size(ko)])
        emit("The kernel consumer (kernel %s): helper call sites in xiblk.ko (relocations to a "
             "helper of xiblk_helpers.ko) and its text size." % kver)
        emit()
        table(["xiblk.ko", "helper calls", "text"], krows)

    if kloop is not None:
        kcost.emit_goals(sys.modules[__name__], kxiblk, kloop)

    emit("### Whole flows: compile and link")
    emit()
    emit("One step at a time (no make -j).  The -flto links use -flto=auto: their LTRANS jobs "
         "run on both cores, which the other flows do not do, so compare CPU times too.  "
         "**lto-rdynamic**: the same objects linked with -rdynamic, so the %d helpers stay "
         "exported from the program (as a kernel's EXPORT_SYMBOLs must) and LTO cannot drop "
         "their out-of-line copies." % nh)
    emit()
    frows = []
    for b in kinds:
        w = [x[0] for x in mres[b]]
        c = [x[1] for x in mres[b]]
        frows.append(["bench/micro (3 files)" if b == "base" else "", b, "all",
                      "%.2f (%s)" % (med(w), spread(w)), "%.2f (%s)" % (med(c), spread(c)),
                      ratio(med(w), med([x[0] for x in mres["lto"]])),
                      ratio(med(c), med([x[1] for x in mres["lto"]])), ""])
    tot = {}
    for kind in kinds + ("lto-rdynamic",):
        tw = tc = 0.0
        for phase in PHASES:
            src = "lto" if kind == "lto-rdynamic" and phase != "link" else kind
            if (src, phase) not in gres:
                continue
            w, c = gres[src, phase]
            tw += w
            tc += c
            frows.append(["generated: %d helpers in %d files, %d consumers, main" %
                          (nh, ARGS.gen_files, ARGS.gen_files) if kind == "base" and phase == "providers" else "",
                          kind if phase == "providers" else "",
                          phase + (" (as lto)" if src != kind else ""), "%.2f" % w, "%.2f" % c, "", "", ""])
        tot[kind] = (tw, tc)
    for kind in kinds + ("lto-rdynamic",):
        frows.append(["", kind, "**total**", "**%.2f**" % tot[kind][0], "**%.2f**" % tot[kind][1],
                      ratio(tot[kind][0], tot["lto"][0]), ratio(tot[kind][1], tot["lto"][1]),
                      gsizes[kind]])
    for kind in kinds:
        w, c = inc_res[kind]
        frows.append(["generated, c_00.c changed: recompile it, relink" if kind == "base" else "",
                      kind, "rebuild", "%.2f" % w, "%.2f" % c,
                      ratio(w, inc_res["lto"][0]), ratio(c, inc_res["lto"][1]), ""])
    table(["program", "flow", "phase", "wall s", "CPU s", "wall vs lto", "CPU vs lto", "text"], frows,
          ["l", "l", "l", "r", "r", "r", "r", "r"])
    emit("All builds of the generated program print the same result.  bench/micro: median (min–max) "
         "of %d alternated runs; generated program: one run of each step." % reps)
    emit()
    return {"tot": tot, "inc": inc_res, "kinfo": kinfo}


# ---------------------------------------------------------------------------
# 3. xiblk in QEMU with fio

def qemu_boot(name, kernel, initrd, append, accel, timeout, out):
    logf = os.path.join(out, "boot-%s.log" % name)
    if os.path.exists(logf):
        os.unlink(logf)
    argv = ["timeout", "-k", "10", str(timeout), "qemu-system-x86_64"] + accel + [
        "-m", "1024", "-smp", "2", "-nodefaults", "-no-user-config", "-display", "none",
        "-monitor", "none", "-serial", "file:" + logf, "-no-reboot",
        "-kernel", kernel, "-initrd", initrd,
        "-append", "console=ttyS0,115200 panic=-1 quiet " + append]
    if LOG:
        LOG.write("$ %s\n" % shlex.join(argv))
    t0 = time.time()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open(os.path.join(out, "qemu-%s.log" % name), "w") as f:
        f.write(p.stdout)
    try:
        text = open(logf, errors="replace").read().replace("\r", "")
    except OSError:
        text = ""
    return p.returncode, text, time.time() - t0


def fio_bench(kinfo):
    out = os.path.join(ARGS.out, "fio")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    if kinfo is None:
        ks = kernel_setup()
        if ks is None:
            return "no kernel headers in /lib/modules/*/build"
        kdir, kver, kd = ks
    else:
        kd, _, kver = kinfo
    vmlinuz = "/boot/vmlinuz-" + kver
    if not os.access(vmlinuz, os.R_OK):
        return "%s missing or not readable" % vmlinuz
    for tool in ("qemu-system-x86_64", "fio", "cpio"):
        if not shutil.which(tool):
            return "%s not installed" % tool
    if not os.path.exists("/bin/busybox"):
        return "/bin/busybox (busybox-static) not installed"
    # the initramfs, as examples/xiblk/test/check-kernel.sh makes it
    root = os.path.join(out, "initramfs")
    for d in ("bin", "sbin", "usr/bin", "usr/sbin", "proc", "sys", "dev", "tmp",
              "xiblk/xinline", "xiblk/plain"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    shutil.copy("/bin/busybox", os.path.join(root, "bin", "busybox"))
    for a in run(["/bin/busybox", "--list"]).split():
        if a != "busybox":
            os.symlink("busybox", os.path.join(root, "bin", a))
    if os.getuid() == 0:
        subprocess.run(["mknod", os.path.join(root, "dev", "console"), "c", "5", "1"],
                       stderr=subprocess.DEVNULL)
    fio = shutil.which("fio")
    shutil.copy(fio, os.path.join(root, "usr", "bin", "fio"))
    for l in run(["ldd", fio]).splitlines():
        p = l.split()
        lib = p[2] if len(p) >= 3 and p[1] == "=>" and p[2].startswith("/") else \
            p[0] if p and p[0].startswith("/") else None
        if lib:
            dst = os.path.join(root, lib.lstrip("/"))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copy(lib, dst)
    shutil.copy(os.path.join(ARGS.src, "bench", "kernel", "guest-fio.sh"), os.path.join(root, "init"))
    os.chmod(os.path.join(root, "init"), 0o755)
    for fl in ("xinline", "plain"):
        for m in ("xiblk_helpers.ko", "xiblk.ko"):
            shutil.copy(os.path.join(kd[fl], m), os.path.join(root, "xiblk", fl, m))
    initrd = os.path.join(out, "initramfs.cpio")
    subprocess.run("cd %s && find . | cpio -o -H newc --quiet > %s" % (shlex.quote(root), shlex.quote(initrd)),
                   shell=True, check=True)
    accel = ["-accel", "tcg,thread=multi"]
    accel_name = "TCG"
    if os.access("/dev/kvm", os.W_OK):
        rc, text, secs = qemu_boot("probe", vmlinuz, initrd, "xibench=probe",
                                   ["-accel", "kvm", "-cpu", "host"], 60, out)
        if "XIBENCH PROBE OK" in text:
            accel = ["-accel", "kvm", "-cpu", "host"]
            accel_name = "KVM"
        else:
            log("fio: KVM probe boot failed (%.0f s); using TCG" % secs)
    rounds = 1 if ARGS.quick else ARGS.fio_rounds
    runtime = 1 if ARGS.quick else ARGS.fio_runtime
    log("fio: booting %s with %s, %d rounds of %d s runs" % (vmlinuz, accel_name, rounds, runtime))
    rc, text, secs = qemu_boot("fio", vmlinuz, initrd,
                               "xibench=run xibench_rounds=%d xibench_runtime=%d" % (rounds, runtime),
                               accel, 1800, out)
    res = {}
    calls = {}
    fails = []
    for l in text.splitlines():
        p = l.split()
        if l.startswith("XIBENCH RES ") and len(p) == 9:
            fl, rnd, rw, bs, qd, iops, lat = p[2:]
            res.setdefault((rw, bs, qd), {}).setdefault(fl, []).append((float(iops), float(lat)))
        elif l.startswith("XIBENCH CALLS ") and len(p) == 8:
            fl, rw, bs, qd, n, ios = p[2:]
            calls[fl, rw, bs, qd] = (int(n), int(ios))
        elif l.startswith("XIBENCH FAIL"):
            fails.append(l)
    bad = [l for l in text.splitlines() if re.search(
        r"Oops|WARNING:|BUG:|KASAN|UBSAN|Kernel panic|Call Trace:|segfault at", l)]
    done = "XIBENCH DONE" in text
    emit("## 3. xiblk in QEMU: fio")
    emit()
    emit("Debian's kernel %s in QEMU (%s, 2 vCPUs, 1 GiB), one boot; the guest loads the "
         "xinline and the plain build of xiblk_helpers.ko + xiblk.ko in turn (64 MiB, 512 B "
         "logical blocks, 2 hardware queues of depth 64, memory backed, completion inline, "
         "every page written once after loading) and runs fio on /dev/xiblk0: one job on "
         "CPU 0, libaio, O_DIRECT, %d s per run, %d rounds (odd rounds xinline first, even "
         "rounds plain first).  IOPS and mean latency (µs): median of the rounds (min–max)." %
         (kver, accel_name, runtime, rounds))
    if accel_name == "TCG":
        emit("**Under TCG the guest is emulated: absolute IOPS and latencies mean little; "
             "only the xinline/plain ratios are of interest, and they are noisy too.**")
    emit()
    if not res:
        emit("No results: QEMU exit %d after %.0f s, see %s." % (rc, secs, os.path.join(out, "boot-fio.log")))
        emit()
        return "no results"
    rows = []
    for (rw, bs, qd) in sorted(res, key=lambda k: (k[1] != "4k", k[0], int(k[2]))):
        r = res[rw, bs, qd]
        if "xinline" not in r or "plain" not in r:
            continue
        xi = [x[0] for x in r["xinline"]]
        pl = [x[0] for x in r["plain"]]
        xl = [x[1] for x in r["xinline"]]
        pll = [x[1] for x in r["plain"]]
        rows.append([rw, bs, qd,
                     "%.0f (%s)" % (med(pl), spread(pl, 1, "%.0f")),
                     "%.0f (%s)" % (med(xi), spread(xi, 1, "%.0f")),
                     ratio(med(xi), med(pl)),
                     "%.1f (%s)" % (med(pll), spread(pll, 1, "%.1f")),
                     "%.1f (%s)" % (med(xl), spread(xl, 1, "%.1f")),
                     ratio(med(xl), med(pll))])
    table(["rw", "bs", "qd", "IOPS plain", "IOPS xinline", "xinline/plain",
           "lat µs plain", "lat µs xinline", "xinline/plain"], rows,
          ["l", "l", "r", "r", "r", "r", "r", "r", "r"])
    if calls:
        crow = []
        for rw, bs, qd in sorted({(k[1], k[2], k[3]) for k in calls}, key=lambda k: (k[1] != "4k", k[0])):
            c = []
            for fl in ("plain", "xinline"):
                n, ios = calls.get((fl, rw, bs, qd), (0, 0))
                c += [n, ios, "%.2f" % (n / ios) if ios else "–"]
            crow.append([rw, bs, qd] + c)
        emit("Deterministic figure: calls to xiblk_helper_* functions per I/O, counted in the "
             "guest with the function tracer while fio does a fixed number of I/Os (queue depth "
             "1): the calls that remain out of line.")
        emit()
        table(["rw", "bs", "qd", "plain calls", "I/Os", "per I/O", "xinline calls", "I/Os", "per I/O"],
              crow, ["l", "l", "r", "r", "r", "r", "r", "r", "r"])
    emit("Guest run: QEMU exit %d after %.0f s (host wall)%s%s%s." % (
        rc, secs, "" if done else "; **the guest did not finish**",
        ("; failures: " + " / ".join(fails)) if fails else "",
        ("; **%d oops/warning lines in the guest log**" % len(bad)) if bad else "; no oops or warning in the guest log"))
    emit()
    return None


# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Rust callers (bench/rust)

RUST_LOOPS = ["ref", "err", "lock"]


def rust_builds(d):
    """Builds the Rust loops (plain, with the LLVM plugin) and the C loops
    with the helpers static inline (gcc, and clang of the plugin's LLVM)
    in D; {build: executable}, or the reason they cannot be built."""
    rustc = os.environ.get("RUSTC") or "/usr/bin/rustc"
    bindir = os.environ.get("LLVM_BINDIR", "")
    plugin = os.path.join(ARGS.build, "plugin", "xinline-llvm.so")
    if not shutil.which(rustc):
        return "no rustc (%s)" % rustc
    if not os.path.exists(plugin):
        return "the LLVM plugin is not built (%s)" % plugin
    msrc = os.path.join(ARGS.src, "bench", "micro")
    loops = os.path.join(ARGS.src, "bench", "rust", "loops.rs")
    inc = ["-I" + os.path.join(ARGS.src, "include"), "-I" + msrc]
    run([ARGS.cc, "-O2"] + inc + ["-fplugin=" + ARGS.plugin, "-fplugin-arg-xinline-export",
                                  "-c", os.path.join(msrc, "helpers.c"), "-o", "helpers.o"], d)
    run([ARGS.xdb, "build", "-o", "helpers.xdb", "helpers.o"], d)
    rflags = ["-Copt-level=2", "-Ccodegen-units=1", "-Clink-arg=" + os.path.join(d, "helpers.o")]
    run([rustc] + rflags + [loops, "-o", "rust"], d)
    run([rustc] + rflags + ["-Zllvm-plugins=" + plugin,
                            "-Cpasses=xinline<db=%s;report=%s>" % (os.path.join(d, "helpers.xdb"),
                                                                   os.path.join(d, "report.jsonl")),
                            loops, "-o", "rust-xinline"], d,
        env=dict(os.environ, RUSTC_BOOTSTRAP="1"))
    exes = {"rust": "rust", "rust-xinline": "rust-xinline"}
    ccs = [("c-inline-gcc", ARGS.cc)]
    clang = os.path.join(bindir, "clang") if bindir else shutil.which("clang-22")
    if clang and os.path.exists(clang):
        ccs.append(("c-inline-clang", clang))
    for name, cc in ccs:
        for f in ("loops", "main"):
            run([cc, "-O2", "-DBENCH_STATIC_INLINE", "-w"] + inc +
                ["-c", os.path.join(msrc, f + ".c"), "-o", "%s-%s.o" % (name, f)], d)
        run([cc, "-O2", name + "-loops.o", name + "-main.o", "-o", name], d)
        exes[name] = name
    return {b: os.path.join(d, e) for b, e in exes.items()}


def rust_bench():
    d = os.path.join(ARGS.out, "rust")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    emit("## 4. Rust callers")
    emit()
    exes = rust_builds(d)
    if isinstance(exes, str):
        log("rust: skipped: " + exes)
        emit("Not run: %s." % exes)
        emit()
        return
    sums = {b: "".join(run([e, l, "10240"]) for l in RUST_LOOPS) for b, e in exes.items()}
    if len(set(sums.values())) != 1:
        for b in sums:
            log(b, sums[b])
        raise SystemExit("bench: the Rust and C builds compute different checksums")
    left = []
    for l in open(os.path.join(d, "report.jsonl")):
        j = json.loads(l)
        if not j.get("inlined") and j.get("caller", "").startswith("loop_"):
            left.append("%s: %s" % (j.get("callee"), j.get("reason")))
    n1, n2 = 102400, 204800
    ir = {}
    for b, e in exes.items():
        for l in RUST_LOOPS:
            a, _ = callgrind_loop(e, l, n1)
            c, _ = callgrind_loop(e, l, n2)
            ir[b, l] = (c - a) / (n2 - n1)
    desc = {"rust": "rustc -Copt-level=2 calling the GCC-compiled helpers out of line",
            "rust-xinline": "the same with the LLVM plugin (-Zllvm-plugins, helpers.xdb)",
            "c-inline-gcc": "the C loops of bench/micro with the helpers static inline, gcc -O2",
            "c-inline-clang": "the same C compiled by clang of the plugin's LLVM"}
    emit("The refcount, error-pointer and lock loops of section 1 in Rust "
         "(`bench/rust/loops.rs`), calling the same helpers (`bench/micro/helpers.c`) through "
         "`extern \"C\"`. Builds: " + "; ".join("**%s** %s" % (b, desc[b]) for b in exes) +
         ". All print the same checksums. Ir/op as in section 1 (callgrind, exact); calls: "
         "call instructions in the loop function (it calls nothing but helpers).")
    emit()
    rows = []
    for l in RUST_LOOPS:
        for b, e in exes.items():
            calls = 0
            out = run(["objdump", "-d", "--no-show-raw-insn", e])
            fn = None
            for line in out.splitlines():
                m = re.match(r"^[0-9a-f]+ <(\w+)>:$", line)
                if m:
                    fn = m.group(1)
                    continue
                # rustc calls extern functions through the GOT (call *X(%rip))
                if fn == "loop_" + l and re.search(r"\scall\s", line):
                    calls += 1
            rows.append([l if b == "rust" else "", b, "%.2f" % ir[b, l],
                         ratio(ir[b, l], ir["rust", l]), ratio(ir[b, l], ir["c-inline-gcc", l]),
                         ratio(ir[b, l], ir.get(("c-inline-clang", l), 0)), calls])
    table(["loop", "build", "Ir/op", "vs rust", "vs C gcc", "vs C clang", "calls"], rows,
          ["l", "l", "r", "r", "r", "r", "r"])
    emit("Helper calls the plugin left in the loops: %s." % ("; ".join(left) if left else "none"))
    emit()
    log("rust: done")


def main():
    global ARGS, LOG
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cc", default=os.environ.get("CC", "gcc"))
    ap.add_argument("--gcc-version", default=os.environ.get("GCC_VERSION", ""))
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default="micro,compile,kernel,fio,rust")
    ap.add_argument("--wall-instr", type=float, default=5e8,
                    help="instructions of the base build per timed run (sets N)")
    ap.add_argument("--fio-rounds", type=int, default=2)
    ap.add_argument("--fio-runtime", type=int, default=2)
    ap.add_argument("--gen-files", type=int, default=20)
    ap.add_argument("--gen-per-file", type=int, default=500)
    ARGS = ap.parse_args()
    ARGS.src = os.path.abspath(ARGS.src)
    ARGS.build = os.path.abspath(ARGS.build)
    ARGS.out = os.path.abspath(ARGS.out)
    ARGS.only = ARGS.only.split(",")
    ARGS.plugin = os.path.join(ARGS.build, "plugin", "xinline.so")
    ARGS.xdb = os.path.join(ARGS.build, "tools", "xinline-db")
    os.makedirs(ARGS.out, exist_ok=True)
    LOG = open(os.path.join(ARGS.out, "bench.log"), "w")
    t0 = time.time()
    emit("# xinline benchmark results")
    emit()
    machine()
    mres = None
    if "micro" in ARGS.only or "compile" in ARGS.only:
        mres = micro() if "micro" in ARGS.only else None
    cres = None
    if "compile" in ARGS.only:
        if mres is None and not os.path.exists(os.path.join(ARGS.out, "micro", "xinline", "helpers.xdb")):
            raise SystemExit("bench: the compile part needs the micro part's builds (run with micro)")
        cres = compile_cost(mres)
    if "fio" in ARGS.only:
        why = fio_bench(cres.get("kinfo") if cres else None)
        if why:
            log("fio: skipped: " + why)
            emit("## 3. xiblk in QEMU: fio")
            emit()
            emit("Not run: %s." % why)
            emit()
    if "rust" in ARGS.only:
        rust_bench()
    emit("(bench.py ran for %.0f s)" % (time.time() - t0))
    with open(os.path.join(ARGS.out, "results.md"), "w") as f:
        f.write("\n".join(OUT_MD) + "\n")
    log("bench: results in %s" % os.path.join(ARGS.out, "results.md"))


if __name__ == "__main__":
    main()
