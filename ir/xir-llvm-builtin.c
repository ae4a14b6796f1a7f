/* xir-llvm-builtin.c - GCC builtins (XIR_C_BUILTIN, by name) in LLVM IR.
 *
 * Only builtins whose LLVM form means exactly what GCC's does are mapped:
 * __builtin_expect, unreachable, trap, constant_p (llvm.is.constant,
 * folded like GCC's after inlining), the bit builtins (defined at zero,
 * as GCC's result is merely unspecified there), bswap, memcpy, memmove,
 * memset, prefetch, assume_aligned, object_size and dynamic_object_size
 * (not the subobject minimum), abs, and the __atomic_* and __sync_*
 * families with GCC's adjustments of their memory orders.  The string and
 * memory builtins that are C library functions (__builtin_strlen ...)
 * are calls to those, as GCC emits when it does not fold them
 * (xir_llvm_libcall; the call is made in xir-llvm-stmt.c).  Target
 * builtins (XIR_C_TARGET_BUILTIN) of the x86-64 base instruction set
 * with an exact LLVM form (pause, fences, clflush, rdtsc, rdtscp, bsr,
 * 8- and 16-bit rotates) are that form.  Any other builtin refuses the
 * helper.
 */
#include "xir-llvm-int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Argument K of the call in statement S converted to its parameter's type
   (an int promoted for a narrower parameter is truncated); its type into
   *T.  */
static int
xb_arg (xl_ctx *c, const xir_stmt *s, uint32_t k, xl_val *v, xir_type *t)
{
  const xir_call *cl = s->call;
  const xir_sig *sg = &c->f->sigs[cl->sig];
  xir_type at = xl_optype (c, &cl->args[k]);
  if (!xl_operand (c, &cl->args[k], v))
    return 0;
  if (k < sg->nparams && !xir_type_equal (&at, &sg->params[k]))
    {
      xl_resize (c, v, &at, xl_bits (&sg->params[k]));
      at = sg->params[k];
    }
  *t = at;
  return 1;
}

/* The call's result V, of type VT, into its destination register.  */
static int
xb_result (xl_ctx *c, const xir_stmt *s, xl_val *v, const xir_type *vt)
{
  if (s->dst < 0)
    return 1;
  if (!xl_convert (c, v, vt, &c->f->regs[s->dst]))
    return 0;
  xl_set_reg (c, (uint32_t) s->dst, v);
  return 1;
}

static int
xb_bad_sig (xl_ctx *c, const char *name)
{
  return xl_refuse (c, "it calls '%s' with an unexpected signature", name);
}

/* An integer type of BITS bits.  */
static xir_type
xb_int (unsigned bits, int uns)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = bits == 1 ? XIR_T_BOOL : XIR_T_INT;
  t.uns = (uint8_t) uns;
  t.size = bits <= 8 ? 1 : bits / 8;
  t.prec = bits;
  return t;
}

/* ---- control, hints ------------------------------------------------------- */

/* Control never continues: the rest of the block is dead code.  */
static void
xb_dead (xl_ctx *c)
{
  xl_emit (c, "unreachable");
  xl_start_block (c, xl_new_block (c));
}

static int
xb_constant_p (xl_ctx *c, const xir_stmt *s)
{
  char ty[64], full[96], decl[192];
  xl_val v, r;
  xir_type t, bt = xb_int (1, 1);
  if (s->call->nargs != 1 || !xb_arg (c, s, 0, &v, &t) || !xl_type (c, &t, ty))
    return xb_bad_sig (c, "__builtin_constant_p");
  if (t.kind == XIR_T_PTR)
    snprintf (full, sizeof full, "llvm.is.constant.p%d",
              xir_llvm_addr_space (t.as));
  else
    snprintf (full, sizeof full, "llvm.is.constant.%s", ty);
  snprintf (decl, sizeof decl, "declare i1 @%s(%s)", full, ty);
  xl_intrinsic (c, full, decl);
  xl_tmp (c, &r);
  xl_emit (c, "%s = call i1 @%s(%s %s)", r.s, full, ty, v.s);
  return xb_result (c, s, &r, &bt);
}

/* ---- bits ------------------------------------------------------------------- */

/* R = @llvm.NAME.iN (V[, i1 false]).  */
static void
xb_bitop (xl_ctx *c, const char *name, unsigned n, const xl_val *v,
          int zero_flag, xl_val *r)
{
  char full[64], decl[160];
  snprintf (full, sizeof full, "llvm.%s.i%u", name, n);
  snprintf (decl, sizeof decl, "declare i%u @%s(i%u%s)", n, full, n,
            zero_flag ? ", i1" : "");
  xl_intrinsic (c, full, decl);
  xl_tmp (c, r);
  xl_emit (c, "%s = call i%u @%s(i%u %s%s)", r->s, n, full, n, v->s,
           zero_flag ? ", i1 false" : "");
}

/* __builtin_{clz,ctz,ffs,clrsb,popcount,parity}{,l,ll,imax} (FAM) and
   __builtin_bswap{16,32,64}.  */
static int
xb_bits (xl_ctx *c, const xir_stmt *s, const char *fam)
{
  xl_val v, r, t1, t2;
  xir_type t, rt;
  unsigned n;
  if (s->call->nargs != 1 || !xb_arg (c, s, 0, &v, &t)
      || t.kind != XIR_T_INT || (t.prec != 16 && t.prec != 32 && t.prec != 64))
    return xb_bad_sig (c, s->call->bname);
  n = t.prec;
  rt = t;
  if (!strcmp (fam, "bswap"))
    xb_bitop (c, "bswap", n, &v, 0, &r);
  else if (!strcmp (fam, "clz"))
    xb_bitop (c, "ctlz", n, &v, 1, &r);
  else if (!strcmp (fam, "ctz"))
    xb_bitop (c, "cttz", n, &v, 1, &r);
  else if (!strcmp (fam, "popcount"))
    xb_bitop (c, "ctpop", n, &v, 0, &r);
  else if (!strcmp (fam, "parity"))
    {
      xb_bitop (c, "ctpop", n, &v, 0, &t1);
      xl_tmp (c, &r);
      xl_emit (c, "%s = and i%u %s, 1", r.s, n, t1.s);
    }
  else if (!strcmp (fam, "ffs"))
    {
      /* ffs (x) = x ? ctz (x) + 1 : 0.  */
      xb_bitop (c, "cttz", n, &v, 1, &t1);
      xl_tmp (c, &t2);
      xl_emit (c, "%s = add i%u %s, 1", t2.s, n, t1.s);
      xl_tmp (c, &t1);
      xl_emit (c, "%s = icmp eq i%u %s, 0", t1.s, n, v.s);
      xl_tmp (c, &r);
      xl_emit (c, "%s = select i1 %s, i%u 0, i%u %s", r.s, t1.s, n, n, t2.s);
    }
  else
    {
      /* clrsb (x) = clz (x ^ (x >> (n - 1))) - 1.  */
      xl_tmp (c, &t1);
      xl_emit (c, "%s = ashr i%u %s, %u", t1.s, n, v.s, n - 1);
      xl_tmp (c, &t2);
      xl_emit (c, "%s = xor i%u %s, %s", t2.s, n, v.s, t1.s);
      xb_bitop (c, "ctlz", n, &t2, 1, &t1);
      xl_tmp (c, &r);
      xl_emit (c, "%s = sub i%u %s, 1", r.s, n, t1.s);
    }
  return xb_result (c, s, &r, &rt);
}

/* Which bit builtin NAME is ("clz" ...), or NULL.  */
static const char *
xb_bits_family (const char *name)
{
  static const char *const fams[] = {
    "clz", "ctz", "ffs", "clrsb", "popcount", "parity"
  };
  static const char *const sfx[] = { "", "l", "ll", "imax" };
  size_t i, j, n;
  if (strncmp (name, "__builtin_", 10))
    return NULL;
  name += 10;
  if (!strcmp (name, "bswap16") || !strcmp (name, "bswap32")
      || !strcmp (name, "bswap64"))
    return "bswap";
  for (i = 0; i < sizeof fams / sizeof *fams; i++)
    {
      n = strlen (fams[i]);
      if (strncmp (name, fams[i], n))
        continue;
      for (j = 0; j < sizeof sfx / sizeof *sfx; j++)
        if (!strcmp (name + n, sfx[j]))
          return fams[i];
    }
  return NULL;
}

/* ---- memory ------------------------------------------------------------------ */

/* __builtin_memcpy / memmove / memset: the intrinsic; the result is the
   destination.  */
static int
xb_mem (xl_ctx *c, const xir_stmt *s, const char *what)
{
  xl_val d, src, n;
  xir_type dt, st, nt;
  int set = !strcmp (what, "memset");
  char full[64], decl[160];
  if (s->call->nargs != 3 || !xb_arg (c, s, 0, &d, &dt)
      || !xb_arg (c, s, 1, &src, &st) || !xb_arg (c, s, 2, &n, &nt)
      || dt.kind != XIR_T_PTR || dt.as || nt.kind != XIR_T_INT || nt.prec != 64
      || (set ? st.kind != XIR_T_INT : st.kind != XIR_T_PTR || st.as))
    return xb_bad_sig (c, s->call->bname);
  if (set)
    {
      xl_resize (c, &src, &st, 8);
      snprintf (full, sizeof full, "llvm.memset.p0.i64");
      snprintf (decl, sizeof decl, "declare void @%s(ptr, i8, i64, i1)",
                full);
      xl_intrinsic (c, full, decl);
      xl_emit (c, "call void @%s(ptr %s, i8 %s, i64 %s, i1 false)", full,
               d.s, src.s, n.s);
    }
  else
    {
      snprintf (full, sizeof full, "llvm.%s.p0.p0.i64", what);
      snprintf (decl, sizeof decl, "declare void @%s(ptr, ptr, i64, i1)",
                full);
      xl_intrinsic (c, full, decl);
      xl_emit (c, "call void @%s(ptr %s, ptr %s, i64 %s, i1 false)", full,
               d.s, src.s, n.s);
    }
  return xb_result (c, s, &d, &dt);
}

static int
xb_prefetch (xl_ctx *c, const xir_stmt *s)
{
  const xir_call *cl = s->call;
  uint64_t rw = 0, loc = 3;
  xl_val a;
  xir_type at;
  if (cl->nargs < 1 || cl->nargs > 3 || !xb_arg (c, s, 0, &a, &at)
      || at.kind != XIR_T_PTR || at.as
      || (cl->nargs > 1 && cl->args[1].kind != XIR_O_CONST)
      || (cl->nargs > 2 && cl->args[2].kind != XIR_O_CONST))
    return xb_bad_sig (c, cl->bname);
  if (cl->nargs > 1)
    rw = cl->args[1].val;
  if (cl->nargs > 2)
    loc = cl->args[2].val;
  if (rw > 1 || loc > 3)
    return xb_bad_sig (c, cl->bname);
  xl_intrinsic (c, "llvm.prefetch.p0",
                "declare void @llvm.prefetch.p0(ptr, i32, i32, i32)");
  xl_emit (c, "call void @llvm.prefetch.p0(ptr %s, i32 %u, i32 %u, i32 1)",
           a.s, (unsigned) rw, (unsigned) loc);
  return 1;
}

/* __builtin_object_size (P, TYPE) and the dynamic one: TYPE 0 and 1 are
   upper bounds (the whole object's is one for a subobject too), 2 a lower
   bound; 3, a lower bound of the subobject, has no LLVM equivalent.  */
static int
xb_object_size (xl_ctx *c, const xir_stmt *s, int dynamic)
{
  const xir_call *cl = s->call;
  xl_val p, r;
  xir_type pt, rt = xb_int (64, 1);
  if (cl->nargs != 2 || !xb_arg (c, s, 0, &p, &pt) || pt.kind != XIR_T_PTR
      || pt.as || cl->args[1].kind != XIR_O_CONST || cl->args[1].val > 3)
    return xb_bad_sig (c, cl->bname);
  if (cl->args[1].val == 3)
    return xl_refuse (c, "it asks '%s' for a subobject's minimum size",
                      cl->bname);
  xl_intrinsic (c, "llvm.objectsize.i64.p0",
                "declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)");
  xl_tmp (c, &r);
  xl_emit (c, "%s = call i64 @llvm.objectsize.i64.p0(ptr %s, i1 %s, i1 true, "
           "i1 %s)", r.s, p.s, cl->args[1].val == 2 ? "true" : "false",
           dynamic ? "true" : "false");
  return xb_result (c, s, &r, &rt);
}

/* ---- atomics ------------------------------------------------------------------ */

enum xb_akind {
  XB_LOAD, XB_STORE, XB_XCHG, XB_CAS, XB_FETCH_OP, XB_OP_FETCH, XB_TAS,
  XB_CLEAR, XB_FENCE, XB_SIGFENCE
};

struct xb_atomic {
  const char *prefix;        /* the name, without the size suffix "_N" */
  enum xb_akind kind;
  const char *op;            /* FETCH_OP, OP_FETCH: atomicrmw operation */
  int sized;                 /* the name ends in _1, _2, _4 or _8 */
  int order;                 /* the __sync ones: their fixed order (GCC's
                                MEMMODEL_*); -1: from an argument */
  int val_cas;               /* __sync_val_compare_and_swap */
};

static const struct xb_atomic xb_atomics[] = {
  { "__atomic_load", XB_LOAD, NULL, 1, -1, 0 },
  { "__atomic_store", XB_STORE, NULL, 1, -1, 0 },
  { "__atomic_exchange", XB_XCHG, NULL, 1, -1, 0 },
  { "__atomic_compare_exchange", XB_CAS, NULL, 1, -1, 0 },
  { "__atomic_fetch_add", XB_FETCH_OP, "add", 1, -1, 0 },
  { "__atomic_fetch_sub", XB_FETCH_OP, "sub", 1, -1, 0 },
  { "__atomic_fetch_and", XB_FETCH_OP, "and", 1, -1, 0 },
  { "__atomic_fetch_or", XB_FETCH_OP, "or", 1, -1, 0 },
  { "__atomic_fetch_xor", XB_FETCH_OP, "xor", 1, -1, 0 },
  { "__atomic_fetch_nand", XB_FETCH_OP, "nand", 1, -1, 0 },
  { "__atomic_add_fetch", XB_OP_FETCH, "add", 1, -1, 0 },
  { "__atomic_sub_fetch", XB_OP_FETCH, "sub", 1, -1, 0 },
  { "__atomic_and_fetch", XB_OP_FETCH, "and", 1, -1, 0 },
  { "__atomic_or_fetch", XB_OP_FETCH, "or", 1, -1, 0 },
  { "__atomic_xor_fetch", XB_OP_FETCH, "xor", 1, -1, 0 },
  { "__atomic_nand_fetch", XB_OP_FETCH, "nand", 1, -1, 0 },
  { "__atomic_test_and_set", XB_TAS, NULL, 0, -1, 0 },
  { "__atomic_clear", XB_CLEAR, NULL, 0, -1, 0 },
  { "__atomic_thread_fence", XB_FENCE, NULL, 0, -1, 0 },
  { "__atomic_signal_fence", XB_SIGFENCE, NULL, 0, -1, 0 },
  { "__sync_fetch_and_add", XB_FETCH_OP, "add", 1, 5, 0 },
  { "__sync_fetch_and_sub", XB_FETCH_OP, "sub", 1, 5, 0 },
  { "__sync_fetch_and_and", XB_FETCH_OP, "and", 1, 5, 0 },
  { "__sync_fetch_and_or", XB_FETCH_OP, "or", 1, 5, 0 },
  { "__sync_fetch_and_xor", XB_FETCH_OP, "xor", 1, 5, 0 },
  { "__sync_fetch_and_nand", XB_FETCH_OP, "nand", 1, 5, 0 },
  { "__sync_add_and_fetch", XB_OP_FETCH, "add", 1, 5, 0 },
  { "__sync_sub_and_fetch", XB_OP_FETCH, "sub", 1, 5, 0 },
  { "__sync_and_and_fetch", XB_OP_FETCH, "and", 1, 5, 0 },
  { "__sync_or_and_fetch", XB_OP_FETCH, "or", 1, 5, 0 },
  { "__sync_xor_and_fetch", XB_OP_FETCH, "xor", 1, 5, 0 },
  { "__sync_nand_and_fetch", XB_OP_FETCH, "nand", 1, 5, 0 },
  { "__sync_bool_compare_and_swap", XB_CAS, NULL, 1, 5, 0 },
  { "__sync_val_compare_and_swap", XB_CAS, NULL, 1, 5, 1 },
  { "__sync_lock_test_and_set", XB_XCHG, NULL, 1, 2, 0 },
  { "__sync_lock_release", XB_STORE, NULL, 1, 3, 0 },
  { "__sync_synchronize", XB_FENCE, NULL, 0, 5, 0 },
};

/* GCC's memory models (MEMMODEL_RELAXED .. MEMMODEL_SEQ_CST).  */
enum { XB_RELAXED, XB_CONSUME, XB_ACQUIRE, XB_RELEASE, XB_ACQ_REL, XB_SEQ_CST };

/* The memory model of order argument O as GCC's get_memmodel reads it:
   seq_cst when not a constant or not a valid model, consume as acquire;
   -1 (refused) with x86's HLE bits, which add instruction prefixes.  */
static int
xb_order (xl_ctx *c, const xir_operand *o)
{
  if (o->kind != XIR_O_CONST)
    return XB_SEQ_CST;
  if (o->val & ~(uint64_t) 0xffff)
    {
      xl_refuse (c, "it uses an atomic with a hardware lock elision hint");
      return -1;
    }
  if (o->val > XB_SEQ_CST)
    return XB_SEQ_CST;
  return o->val == XB_CONSUME ? XB_ACQUIRE : (int) o->val;
}

static const char *
xb_order_name (int mo)
{
  static const char *const names[] = {
    "monotonic", "acquire", "acquire", "release", "acq_rel", "seq_cst"
  };
  return mo >= 0 && mo <= XB_SEQ_CST ? names[mo] : "seq_cst";
}

/* The order of a load (no release), a store or clear (no acquire): GCC
   makes an invalid one seq_cst.  */
static int
xb_order_for (enum xb_akind k, int mo)
{
  if (k == XB_LOAD && (mo == XB_RELEASE || mo == XB_ACQ_REL))
    return XB_SEQ_CST;
  if ((k == XB_STORE || k == XB_CLEAR)
      && (mo == XB_ACQUIRE || mo == XB_ACQ_REL))
    return XB_SEQ_CST;
  return mo;
}

/* __atomic_compare_exchange_N (P, EXPECTED*, DESIRED, WEAK, SUCCESS,
   FAILURE) and the __sync forms (P, OLD, NEW): a cmpxchg; the __atomic
   form writes the old value to *EXPECTED only when it fails.  */
static int
xb_cas (xl_ctx *c, const xir_stmt *s, const struct xb_atomic *a,
        unsigned bits, const xl_val *p)
{
  const xir_call *cl = s->call;
  int sync = a->order >= 0, so = XB_SEQ_CST, fo = XB_SEQ_CST, weak = 0;
  xl_val e, d, r, old, ok, ep;
  xir_type et, dt, vt = xb_int (bits, 1), bt = xb_int (1, 1);
  unsigned bytes = bits / 8, fail, join;
  if (cl->nargs != (sync ? 3u : 6u) || !xb_arg (c, s, 1, &e, &et)
      || !xb_arg (c, s, 2, &d, &dt) || dt.kind != XIR_T_INT || dt.prec != bits
      || (sync ? et.kind != XIR_T_INT || et.prec != bits
          : et.kind != XIR_T_PTR || et.as))
    return xb_bad_sig (c, cl->bname);
  if (!sync)
    {
      weak = cl->args[3].kind == XIR_O_CONST && cl->args[3].val != 0;
      so = xb_order (c, &cl->args[4]);
      fo = xb_order (c, &cl->args[5]);
      if (so < 0 || fo < 0)
        return 0;
      /* GCC's expansion: a failure order stronger than the success order
         makes the success order seq_cst; a release failure order makes
         both seq_cst.  */
      if (fo > so)
        so = XB_SEQ_CST;
      if (fo == XB_RELEASE || fo == XB_ACQ_REL)
        so = fo = XB_SEQ_CST;
      ep = e;
      xl_tmp (c, &e);
      xl_emit (c, "%s = load i%u, ptr %s, align %u", e.s, bits, ep.s, bytes);
    }
  xl_tmp (c, &r);
  xl_emit (c, "%s = cmpxchg %sptr %s, i%u %s, i%u %s %s %s, align %u", r.s,
           weak ? "weak " : "", p->s, bits, e.s, bits, d.s,
           xb_order_name (so), xb_order_name (fo), bytes);
  xl_tmp (c, &old);
  xl_emit (c, "%s = extractvalue { i%u, i1 } %s, 0", old.s, bits, r.s);
  xl_tmp (c, &ok);
  xl_emit (c, "%s = extractvalue { i%u, i1 } %s, 1", ok.s, bits, r.s);
  if (!sync)
    {
      fail = xl_new_block (c);
      join = xl_new_block (c);
      xl_emit (c, "br i1 %s, label %%x%u, label %%x%u", ok.s, join, fail);
      xl_start_block (c, fail);
      xl_emit (c, "store i%u %s, ptr %s, align %u", bits, old.s, ep.s, bytes);
      xl_emit (c, "br label %%x%u", join);
      xl_start_block (c, join);
    }
  return a->val_cas ? xb_result (c, s, &old, &vt) : xb_result (c, s, &ok, &bt);
}

/* An atomic operation on the BITS-bit object at *P (already evaluated);
   MO is its memory model.  */
static int
xb_atomic_op (xl_ctx *c, const xir_stmt *s, const struct xb_atomic *a,
              unsigned bits, const xl_val *p, int mo)
{
  const xir_call *cl = s->call;
  xl_val v, r, n, m1;
  xir_type vt = xb_int (bits, 1);
  unsigned bytes = bits / 8;
  const char *o = xb_order_name (xb_order_for (a->kind, mo));
  int has_val = a->kind != XB_LOAD && !(a->kind == XB_STORE && a->order >= 0);
  if (has_val && (cl->nargs < 2 || !xb_arg (c, s, 1, &v, &vt)
                  || vt.kind != XIR_T_INT || vt.prec != bits))
    return xb_bad_sig (c, cl->bname);
  switch (a->kind)
    {
    case XB_LOAD:
      xl_tmp (c, &r);
      xl_emit (c, "%s = load atomic i%u, ptr %s %s, align %u", r.s, bits, p->s,
               o, bytes);
      return xb_result (c, s, &r, &vt);
    case XB_STORE:
      if (!has_val)
        snprintf (v.s, sizeof v.s, "0");      /* __sync_lock_release */
      xl_emit (c, "store atomic i%u %s, ptr %s %s, align %u", bits, v.s, p->s,
               o, bytes);
      return 1;
    case XB_XCHG:
    case XB_FETCH_OP:
    case XB_OP_FETCH:
      xl_tmp (c, &r);
      xl_emit (c, "%s = atomicrmw %s ptr %s, i%u %s %s, align %u", r.s,
               a->kind == XB_XCHG ? "xchg" : a->op, p->s, bits, v.s, o, bytes);
      if (a->kind != XB_OP_FETCH)
        return xb_result (c, s, &r, &vt);
      xl_tmp (c, &n);
      xl_emit (c, "%s = %s i%u %s, %s", n.s, strcmp (a->op, "nand") ? a->op
               : "and", bits, r.s, v.s);
      if (!strcmp (a->op, "nand"))
        {
          m1 = n;
          xl_tmp (c, &n);
          xl_emit (c, "%s = xor i%u %s, -1", n.s, bits, m1.s);
        }
      return xb_result (c, s, &n, &vt);
    default:
      return xl_refuse (c, "it uses atomic builtin '%s'", cl->bname);
    }
}

/* The byte-sized ones and the fences.  */
static int
xb_atomic_misc (xl_ctx *c, const xir_stmt *s, const struct xb_atomic *a,
                int mo)
{
  const xir_call *cl = s->call;
  xl_val p, r, b;
  xir_type pt, bt = xb_int (1, 1);
  const char *o = xb_order_name (xb_order_for (a->kind, mo));
  if (a->kind == XB_FENCE || a->kind == XB_SIGFENCE)
    {
      if (mo != XB_RELAXED)
        xl_emit (c, "fence %s%s", a->kind == XB_SIGFENCE
                 ? "syncscope(\"singlethread\") " : "", o);
      return 1;
    }
  if (cl->nargs != 2 || !xb_arg (c, s, 0, &p, &pt) || pt.kind != XIR_T_PTR
      || pt.as)
    return xb_bad_sig (c, cl->bname);
  if (a->kind == XB_CLEAR)
    {
      xl_emit (c, "store atomic i8 0, ptr %s %s, align 1", p.s, o);
      return 1;
    }
  xl_tmp (c, &r);
  xl_emit (c, "%s = atomicrmw xchg ptr %s, i8 1 %s, align 1", r.s, p.s, o);
  xl_tmp (c, &b);
  xl_emit (c, "%s = icmp ne i8 %s, 0", b.s, r.s);
  return xb_result (c, s, &b, &bt);
}

/* NAME as an atomic builtin: its table entry and, for the sized ones, the
   object's width in bits (*BITS).  */
static const struct xb_atomic *
xb_atomic_find (const char *name, unsigned *bits)
{
  size_t i, n;
  *bits = 0;
  for (i = 0; i < sizeof xb_atomics / sizeof *xb_atomics; i++)
    {
      const struct xb_atomic *a = &xb_atomics[i];
      n = strlen (a->prefix);
      if (strncmp (name, a->prefix, n))
        continue;
      if (!a->sized && !name[n])
        return a;
      if (a->sized && name[n] == '_' && strchr ("1248", name[n + 1])
          && name[n + 1] && !name[n + 2])
        {
          *bits = (unsigned) (name[n + 1] - '0') * 8;
          return a;
        }
    }
  return NULL;
}

static int
xb_atomic (xl_ctx *c, const xir_stmt *s, const struct xb_atomic *a,
           unsigned bits)
{
  const xir_call *cl = s->call;
  const xir_sig *sg = &c->f->sigs[cl->sig];
  int mo = a->order;
  unsigned oarg;
  xl_val p;
  xir_type pt;
  /* The order is the last argument of the __atomic ones (the CAS has two,
     read by xb_cas).  */
  if (mo < 0 && a->kind != XB_CAS)
    {
      oarg = a->kind == XB_FENCE || a->kind == XB_SIGFENCE ? 0
             : a->kind == XB_LOAD || a->kind == XB_TAS || a->kind == XB_CLEAR
             ? 1 : 2;
      if (cl->nargs != oarg + 1 || sg->varargs)
        return xb_bad_sig (c, cl->bname);
      if ((mo = xb_order (c, &cl->args[oarg])) < 0)
        return 0;
    }
  if (!bits)
    return xb_atomic_misc (c, s, a, mo);
  if (!xb_arg (c, s, 0, &p, &pt) || pt.kind != XIR_T_PTR || pt.as)
    return xb_bad_sig (c, cl->bname);
  if (a->kind == XB_CAS)
    return xb_cas (c, s, a, bits, &p);
  if (a->order >= 0 && cl->nargs != (a->kind == XB_STORE ? 1u : 2u))
    return xb_bad_sig (c, cl->bname);
  return xb_atomic_op (c, s, a, bits, &p, mo);
}

/* ---- C library functions ------------------------------------------------------ */

const char *
xir_llvm_libcall (const char *bname)
{
  static const char *const libc[] = {
    "memcmp", "memchr", "strlen", "strnlen", "strcmp", "strncmp", "strchr",
    "strrchr", "strcpy", "strncpy", "strcat", "strncat", "strstr", "strspn",
    "strcspn", "strpbrk"
  };
  size_t i;
  if (strncmp (bname, "__builtin_", 10))
    return NULL;
  for (i = 0; i < sizeof libc / sizeof *libc; i++)
    if (!strcmp (bname + 10, libc[i]))
      return libc[i];
  return NULL;
}

/* ---- target builtins (XIR_C_TARGET_BUILTIN) ------------------------------------- */

/* x86 builtins with an LLVM form of the same meaning (clang's lowering
   of the same builtin or operation), by GCC name and C function type;
   all in the x86-64 base instruction set, so valid in any caller.  HOW:
   'i' the intrinsic with the same arguments, 'p' rdtscp (also stores its
   auxiliary value through its argument), 'b' bsr, 'l' / 'r' rotates.  */
static const struct xb_target {
  const char *gcc, *llvm, *fntype, *decl;
  char how;
} xb_targets[] = {
  { "__builtin_ia32_pause", "llvm.x86.sse2.pause", "void ()",
    "declare void @llvm.x86.sse2.pause()", 'i' },
  { "__builtin_ia32_lfence", "llvm.x86.sse2.lfence", "void ()",
    "declare void @llvm.x86.sse2.lfence()", 'i' },
  { "__builtin_ia32_mfence", "llvm.x86.sse2.mfence", "void ()",
    "declare void @llvm.x86.sse2.mfence()", 'i' },
  { "__builtin_ia32_sfence", "llvm.x86.sse.sfence", "void ()",
    "declare void @llvm.x86.sse.sfence()", 'i' },
  { "__builtin_ia32_clflush", "llvm.x86.sse2.clflush", "void (ptr)",
    "declare void @llvm.x86.sse2.clflush(ptr)", 'i' },
  { "__builtin_ia32_rdtsc", "llvm.x86.rdtsc", "i64 ()",
    "declare i64 @llvm.x86.rdtsc()", 'i' },
  { "__builtin_ia32_rdtscp", "llvm.x86.rdtscp", "i64 (ptr)",
    "declare { i64, i32 } @llvm.x86.rdtscp()", 'p' },
  { "__builtin_ia32_bsrsi", "llvm.ctlz.i32", "i32 (i32)",
    "declare i32 @llvm.ctlz.i32(i32, i1)", 'b' },
  { "__builtin_ia32_bsrdi", "llvm.ctlz.i64", "i64 (i64)",
    "declare i64 @llvm.ctlz.i64(i64, i1)", 'b' },
  { "__builtin_ia32_rolqi", "llvm.fshl.i8", "i8 (i8, i32)",
    "declare i8 @llvm.fshl.i8(i8, i8, i8)", 'l' },
  { "__builtin_ia32_rolhi", "llvm.fshl.i16", "i16 (i16, i32)",
    "declare i16 @llvm.fshl.i16(i16, i16, i16)", 'l' },
  { "__builtin_ia32_rorqi", "llvm.fshr.i8", "i8 (i8, i32)",
    "declare i8 @llvm.fshr.i8(i8, i8, i8)", 'r' },
  { "__builtin_ia32_rorhi", "llvm.fshr.i16", "i16 (i16, i32)",
    "declare i16 @llvm.fshr.i16(i16, i16, i16)", 'r' }
};

/* The value forms of target builtin B (not 'i' without a result):
   bsr is WIDTH-1 - ctlz, defined at zero (GCC leaves bsr of zero
   unspecified, not undefined: one value is exact); a rotate is a funnel
   shift of the value with itself by the count truncated to the width
   (the instruction rotates modulo the width, as fshl/fshr do).  */
static int
xb_target_value (xl_ctx *c, const xir_stmt *s, const struct xb_target *b,
                 xl_val *r)
{
  const xir_sig *sg = &c->f->sigs[s->call->sig];
  unsigned n = xl_bits (&sg->ret);
  xl_val v, w, aux;
  xir_type t, u;
  if (sg->nparams && !xb_arg (c, s, 0, &v, &t))
    return 0;
  xl_tmp (c, r);
  switch (b->how)
    {
    case 'b':
      xl_emit (c, "%s = call i%u @%s(i%u %s, i1 false)", r->s, n, b->llvm, n,
               v.s);
      xl_tmp (c, &w);
      xl_emit (c, "%s = sub i%u %u, %s", w.s, n, n - 1, r->s);
      *r = w;
      return 1;
    case 'l':
    case 'r':
      if (!xb_arg (c, s, 1, &w, &u))
        return 0;
      xl_resize (c, &w, &u, n);
      xl_emit (c, "%s = call i%u @%s(i%u %s, i%u %s, i%u %s)", r->s, n,
               b->llvm, n, v.s, n, v.s, n, w.s);
      return 1;
    case 'p':
      xl_emit (c, "%s = call { i64, i32 } @%s()", r->s, b->llvm);
      aux = *r;
      xl_tmp (c, &w);
      xl_emit (c, "%s = extractvalue { i64, i32 } %s, 1", w.s, aux.s);
      xl_emit (c, "store i32 %s, ptr %s, align 1", w.s, v.s);
      xl_tmp (c, r);
      xl_emit (c, "%s = extractvalue { i64, i32 } %s, 0", r->s, aux.s);
      return 1;
    default:
      xl_emit (c, "%s = call i64 @%s()", r->s, b->llvm);
      return 1;
    }
}

static int
xb_target (xl_ctx *c, const xir_stmt *s)
{
  const xir_call *cl = s->call;
  const xir_sig *sg = &c->f->sigs[cl->sig];
  const struct xb_target *b = NULL;
  char fty[XL_VAL_MAX];
  size_t i;
  xl_val v, r;
  xir_type t;
  for (i = 0; i < sizeof xb_targets / sizeof *xb_targets && !b; i++)
    if (!strcmp (cl->bname, xb_targets[i].gcc))
      b = &xb_targets[i];
  if (!b)
    return xl_refuse (c, "it calls target builtin '%s', which the LLVM "
                      "translator does not map (it maps only builtins of "
                      "the x86-64 base instruction set with an exact LLVM "
                      "form)", cl->bname);
  if (!xl_fntype (c, sg, fty) || strcmp (fty, b->fntype)
      || cl->nargs != sg->nparams)
    return xb_bad_sig (c, cl->bname);
  xl_intrinsic (c, b->llvm, b->decl);
  if (sg->ret.kind != XIR_T_VOID)
    return xb_target_value (c, s, b, &r) && xb_result (c, s, &r, &sg->ret);
  if (sg->nparams && !xb_arg (c, s, 0, &v, &t))
    return 0;
  xl_emit (c, "call void @%s(%s%s)", b->llvm, sg->nparams ? "ptr " : "",
           sg->nparams ? v.s : "");
  return 1;
}

/* ---- dispatch ------------------------------------------------------------------ */

int
xl_builtin (xl_ctx *c, const xir_stmt *s)
{
  const char *n = s->call->bname;
  const struct xb_atomic *a;
  const char *fam;
  unsigned bits;
  xl_val v, w, r;
  xir_type t, u;
  if (s->call->kind == XIR_C_TARGET_BUILTIN)
    return xb_target (c, s);
  if (!strcmp (n, "__builtin_unreachable") || !strcmp (n, "__builtin_trap"))
    {
      if (n[10] == 't')
        {
          xl_intrinsic (c, "llvm.trap", "declare void @llvm.trap()");
          xl_emit (c, "call void @llvm.trap() noreturn nounwind");
        }
      xb_dead (c);
      return 1;
    }
  if (!strcmp (n, "__builtin_expect"))
    {
      if (s->call->nargs != 2 || !xb_arg (c, s, 0, &v, &t)
          || !xb_arg (c, s, 1, &w, &u) || t.kind != XIR_T_INT
          || !xir_type_equal (&t, &u))
        return xb_bad_sig (c, n);
      {
        char full[32], decl[96];
        snprintf (full, sizeof full, "llvm.expect.i%u", t.prec);
        snprintf (decl, sizeof decl, "declare i%u @%s(i%u, i%u)", t.prec,
                  full, t.prec, t.prec);
        xl_intrinsic (c, full, decl);
        xl_tmp (c, &r);
        xl_emit (c, "%s = call i%u @%s(i%u %s, i%u %s)", r.s, t.prec, full,
                 t.prec, v.s, t.prec, w.s);
      }
      return xb_result (c, s, &r, &t);
    }
  if (!strcmp (n, "__builtin_constant_p"))
    return xb_constant_p (c, s);
  if ((fam = xb_bits_family (n)))
    return xb_bits (c, s, fam);
  if (!strcmp (n, "__builtin_memcpy") || !strcmp (n, "__builtin_memmove")
      || !strcmp (n, "__builtin_memset"))
    return xb_mem (c, s, n + 10);
  if (!strcmp (n, "__builtin_prefetch"))
    return xb_prefetch (c, s);
  if (!strcmp (n, "__builtin_assume_aligned"))
    {
      if (s->call->nargs < 1 || !xb_arg (c, s, 0, &v, &t))
        return xb_bad_sig (c, n);
      return xb_result (c, s, &v, &t);
    }
  if (!strcmp (n, "__builtin_object_size")
      || !strcmp (n, "__builtin_dynamic_object_size"))
    return xb_object_size (c, s, n[10] == 'd');
  if (!strcmp (n, "__builtin_abs") || !strcmp (n, "__builtin_labs")
      || !strcmp (n, "__builtin_llabs") || !strcmp (n, "__builtin_imaxabs"))
    {
      if (s->call->nargs != 1 || !xb_arg (c, s, 0, &v, &t)
          || t.kind != XIR_T_INT || t.uns)
        return xb_bad_sig (c, n);
      xb_bitop (c, "abs", t.prec, &v, 1, &r);
      return xb_result (c, s, &r, &t);
    }
  if ((a = xb_atomic_find (n, &bits)))
    return xb_atomic (c, s, a, bits);
  return xl_refuse (c, "it calls builtin '%s', which the LLVM translator "
                    "does not map", n);
}
