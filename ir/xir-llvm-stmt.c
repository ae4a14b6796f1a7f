/* xir-llvm-stmt.c - the LLVM translator's statements, control flow and
 * the function around them: memory statements, assignments by opcode
 * class, calls, terminators (switch case ranges included), the entry
 * block with one alloca per register and slot, and the helper's private
 * data (string literals, constant tables, static "once" flags).
 */
#include "xir-llvm-int.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory statements --------------------------------------------------------- */

int
xl_mem_volatile (const xl_ctx *c, const xir_mem *m)
{
  return ((m->flags & XIR_M_VOLATILE)
          || (m->base.kind == XIR_O_SLOT
              && (c->f->slots[m->base.idx].flags & XIR_SL_VOLATILE)));
}

/* COPY and ZERO: blobs through llvm.memcpy / llvm.memset.  */
static int
xl_copy (xl_ctx *c, const xir_stmt *s)
{
  const xir_mem *d = &s->mem[0], *src = &s->mem[1];
  char dty[64], sty[64];
  xl_val da, sa, v;
  int vol = xl_mem_volatile (c, d) || xl_mem_volatile (c, src);
  if (!xl_address (c, src, &sa, sty) || !xl_address (c, d, &da, dty))
    return 0;
  if (d->type.kind != XIR_T_BLOB)
    return (xl_load (c, sty, &sa, &src->type, src->align, vol, &v)
            && xl_store (c, dty, &da, &d->type, d->align, vol, &v));
  if (d->as || src->as)
    return xl_refuse (c, "it copies an aggregate in another address space");
  xl_intrinsic (c, "llvm.memcpy.p0.p0.i64", "declare void "
                "@llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)");
  xl_emit (c, "call void @llvm.memcpy.p0.p0.i64(ptr align %u %s, ptr align "
           "%u %s, i64 %u, i1 %s)", d->align, da.s, src->align, sa.s,
           d->type.size, vol ? "true" : "false");
  return 1;
}

static int
xl_zero (xl_ctx *c, const xir_stmt *s)
{
  const xir_mem *d = &s->mem[0];
  char dty[64];
  xl_val da, z;
  int vol = xl_mem_volatile (c, d);
  if (!xl_address (c, d, &da, dty))
    return 0;
  if (d->type.kind != XIR_T_BLOB)
    {
      if (d->type.kind == XIR_T_PTR)
        snprintf (z.s, sizeof z.s, "null");
      else
        xl_const_int (&d->type, 0, &z);
      return xl_store (c, dty, &da, &d->type, d->align, vol, &z);
    }
  if (d->as)
    return xl_refuse (c, "it clears an aggregate in another address space");
  xl_intrinsic (c, "llvm.memset.p0.i64", "declare void "
                "@llvm.memset.p0.i64(ptr, i8, i64, i1)");
  xl_emit (c, "call void @llvm.memset.p0.i64(ptr align %u %s, i8 0, i64 %u, "
           "i1 %s)", d->align, da.s, d->type.size, vol ? "true" : "false");
  return 1;
}

/* ---- assignments ------------------------------------------------------------- */

/* R = INSTR TY A, B.  */
static void
xl_bin (xl_ctx *c, const char *instr, const char *ty, const xl_val *a,
        const xl_val *b, xl_val *r)
{
  xl_tmp (c, r);
  xl_emit (c, "%s = %s %s %s, %s", r->s, instr, ty, a->s, b->s);
}

/* R = call TY @llvm.NAME.TY (A[, B[, B2]][, i1 FLAG]): a one-result
   integer intrinsic with operands of type TY and an optional i1 flag.  */
static void
xl_intr (xl_ctx *c, const char *name, const char *ty, const xl_val *a,
         const xl_val *b, const xl_val *b2, const char *flag, xl_val *r)
{
  char full[96], decl[512];
  snprintf (full, sizeof full, "llvm.%s.%s", name, ty);
  snprintf (decl, sizeof decl, "declare %s @%s(%s%s%s%s%s%s)", ty, full, ty,
            b ? ", " : "", b ? ty : "", b2 ? ", " : "", b2 ? ty : "",
            flag ? ", i1" : "");
  xl_intrinsic (c, full, decl);
  xl_tmp (c, r);
  xl_emit (c, "%s = call %s @%s(%s %s%s%s%s%s%s%s%s%s%s%s)", r->s, ty, full,
           ty, a->s, b ? ", " : "", b ? ty : "", b ? " " : "", b ? b->s : "",
           b2 ? ", " : "", b2 ? ty : "", b2 ? " " : "", b2 ? b2->s : "",
           flag ? ", i1 " : "", flag ? flag : "");
}

static int
xl_shift (xl_ctx *c, unsigned op, const xir_type *d, const char *ty,
          xl_val *a, xl_val *b, const xir_type *bt, xl_val *r)
{
  xl_resize (c, b, bt, d->prec);
  switch (op)
    {
    case XIR_OP_SHL:
      xl_bin (c, "shl", ty, a, b, r);
      return 1;
    case XIR_OP_SHR:
      xl_bin (c, d->uns ? "lshr" : "ashr", ty, a, b, r);
      return 1;
    case XIR_OP_ROTL:
    case XIR_OP_ROTR:
      /* A rotate is a funnel shift of the value with itself.  */
      xl_intr (c, op == XIR_OP_ROTL ? "fshl" : "fshr", ty, a, a, b, NULL, r);
      return 1;
    default:
      return xl_refuse (c, "it uses shift opcode %u", op);
    }
}

/* The high half of the double-width product.  */
static void
xl_mulh (xl_ctx *c, const xir_type *d, xl_val *a, xl_val *b, xl_val *r)
{
  unsigned p = d->prec;
  char wty[16];
  xl_val wa, wb, prod, hi;
  if (p > 64)
    {
      xl_refuse (c, "it uses the high part of a 128-bit product");
      return;
    }
  snprintf (wty, sizeof wty, "i%u", 2 * p);
  wa = *a;
  wb = *b;
  xl_resize (c, &wa, d, 2 * p);
  xl_resize (c, &wb, d, 2 * p);
  xl_bin (c, "mul", wty, &wa, &wb, &prod);
  xl_tmp (c, &hi);
  xl_emit (c, "%s = lshr %s %s, %u", hi.s, wty, prod.s, p);
  xl_tmp (c, r);
  xl_emit (c, "%s = trunc %s %s to i%u", r->s, wty, hi.s, p);
}

/* Integer arithmetic: d = a OP b (or OP a).  */
static int
xl_arith (xl_ctx *c, unsigned op, const xir_type *d, const char *ty,
          xl_val *a, xl_val *b, xl_val *r)
{
  int sgn = !d->uns;
  const char *nsw = sgn && !c->wrapv ? " nsw" : "";
  char instr[32];
  xl_val zero;
  switch (op)
    {
    case XIR_OP_NEG:
      xl_const_int (d, 0, &zero);
      snprintf (instr, sizeof instr, "sub%s", nsw);
      xl_bin (c, instr, ty, &zero, a, r);
      return 1;
    case XIR_OP_ABS:
      if (!sgn)
        *r = *a;              /* the absolute value of an unsigned */
      else
        xl_intr (c, "abs", ty, a, NULL, NULL, c->wrapv ? "false" : "true",
                 r);
      return 1;
    case XIR_OP_ADD:
    case XIR_OP_SUB:
    case XIR_OP_MUL:
      snprintf (instr, sizeof instr, "%s%s", op == XIR_OP_ADD ? "add"
                : op == XIR_OP_SUB ? "sub" : "mul", nsw);
      xl_bin (c, instr, ty, a, b, r);
      return 1;
    case XIR_OP_DIV_TRUNC:
      xl_bin (c, sgn ? "sdiv" : "udiv", ty, a, b, r);
      return 1;
    case XIR_OP_MOD_TRUNC:
      xl_bin (c, sgn ? "srem" : "urem", ty, a, b, r);
      return 1;
    case XIR_OP_DIV_EXACT:
      xl_bin (c, sgn ? "sdiv exact" : "udiv exact", ty, a, b, r);
      return 1;
    case XIR_OP_MIN:
    case XIR_OP_MAX:
      xl_intr (c, op == XIR_OP_MIN ? (sgn ? "smin" : "umin")
               : (sgn ? "smax" : "umax"), ty, a, b, NULL, NULL, r);
      return 1;
    default:
      return xl_refuse (c, "it uses opcode %s, which the translator does "
                        "not translate", xir_op_name (op));
    }
}

/* The comparison predicate of OP for operands of type T.  */
static const char *
xl_pred (unsigned op, const xir_type *t)
{
  int s = xl_signed (t);
  switch (op)
    {
    case XIR_OP_LT: return s ? "slt" : "ult";
    case XIR_OP_LE: return s ? "sle" : "ule";
    case XIR_OP_GT: return s ? "sgt" : "ugt";
    case XIR_OP_GE: return s ? "sge" : "uge";
    case XIR_OP_EQ: return "eq";
    case XIR_OP_NE: return "ne";
    default: return NULL;
    }
}

/* R = (A OP B) as an i1.  */
static int
xl_compare (xl_ctx *c, unsigned op, const xir_type *t, const xl_val *a,
            const xl_val *b, xl_val *r)
{
  char ty[64];
  const char *p = xl_pred (op, t);
  if (!p)
    return xl_refuse (c, "it compares with opcode %u", op);
  if (!xl_type (c, t, ty))
    return 0;
  xl_tmp (c, r);
  xl_emit (c, "%s = icmp %s %s %s, %s", r->s, p, ty, a->s, b->s);
  return 1;
}

/* A BOOL or integer as an i1 condition (non-zero).  */
static void
xl_truth (xl_ctx *c, const xir_type *t, xl_val *v)
{
  xl_val r;
  if (xl_bits (t) == 1)
    return;
  xl_tmp (c, &r);
  xl_emit (c, "%s = icmp ne i%u %s, 0", r.s, xl_bits (t), v->s);
  *v = r;
}

/* Checked arithmetic (GCC's .ADD_OVERFLOW & co.) wider than 64 bits: the
   operands (at most 64 bits each) extended to i128, where the exact
   result always fits -- read unsigned for a product of two unsigned
   operands, signed otherwise -- and overflow when the value does not fit
   the destination.  Plain i128 arithmetic: no libgcc or compiler-rt call
   on x86-64.  */
static void
xl_ovf_wide (xl_ctx *c, unsigned k, int flag, const xir_type *d,
             const xir_type *at, const xir_type *bt, xl_val *a, xl_val *b,
             xl_val *r)
{
  static const char *const ops[] = { "add", "sub", "mul" };
  xir_type wt;
  xl_val v, back, ne;
  memset (&wt, 0, sizeof wt);
  wt.kind = XIR_T_INT;
  wt.size = 16;
  wt.prec = 128;
  wt.uns = k == 2 && !xl_signed (at) && !xl_signed (bt);
  xl_resize (c, a, at, 128);
  xl_resize (c, b, bt, 128);
  xl_tmp (c, &v);
  xl_emit (c, "%s = %s i128 %s, %s", v.s, ops[k], a->s, b->s);
  *r = v;
  xl_resize (c, r, &wt, d->prec);
  if (!flag)
    return;
  back = *r;
  xl_resize (c, &back, d, 128);
  xl_tmp (c, &ne);
  xl_emit (c, "%s = icmp ne i128 %s, %s", ne.s, back.s, v.s);
  *r = ne;
  if (d->prec > 1)
    {
      xl_tmp (c, r);
      xl_emit (c, "%s = zext i1 %s to i%u", r->s, ne.s, d->prec);
    }
}

/* Checked arithmetic (GCC's .ADD_OVERFLOW & co.): the exact result of
   a OP b for any integer operand and result types, computed in an
   encompassing type E in which the operands fit, with LLVM's
   *.with.overflow; it overflows if E overflows or the value does not fit
   the destination.  An E wider than 64 bits is xl_ovf_wide's.  */
static int
xl_ovf (xl_ctx *c, const xir_stmt *s, const xir_type *d, xl_val *a,
        xl_val *b, xl_val *r)
{
  xir_type at = xl_optype (c, &s->ops[0]), bt = xl_optype (c, &s->ops[1]);
  const xir_type *ts[3];
  unsigned k = (s->op - XIR_OP_ADD_OVF_VAL) / 2, w = 0, i;
  int esgn = xl_signed (&at) || xl_signed (&bt) || xl_signed (d);
  int flag = (s->op - XIR_OP_ADD_OVF_VAL) % 2;
  static const char *const ops[] = { "add", "sub", "mul" };
  char ety[16], full[64], decl[160];
  xl_val res, val, ov;
  xir_type et;
  ts[0] = &at; ts[1] = &bt; ts[2] = d;
  for (i = 0; i < 3; i++)
    {
      unsigned need = xl_bits (ts[i]) + (esgn && !xl_signed (ts[i]));
      w = need > w ? need : w;
    }
  if (xl_bits (&at) > 64 || xl_bits (&bt) > 64 || d->prec > 64)
    return xl_refuse (c, "it uses checked arithmetic wider than the "
                      "translator computes exactly");
  if (w > 64)
    {
      xl_ovf_wide (c, k, flag, d, &at, &bt, a, b, r);
      return 1;
    }
  memset (&et, 0, sizeof et);
  et.kind = XIR_T_INT;
  et.uns = !esgn;
  et.prec = w;
  snprintf (ety, sizeof ety, "i%u", w);
  xl_resize (c, a, &at, w);
  xl_resize (c, b, &bt, w);
  snprintf (full, sizeof full, "llvm.%c%s.with.overflow.%s", esgn ? 's' : 'u',
            ops[k], ety);
  snprintf (decl, sizeof decl, "declare { %s, i1 } @%s(%s, %s)", ety, full,
            ety, ety);
  xl_intrinsic (c, full, decl);
  xl_tmp (c, &res);
  xl_emit (c, "%s = call { %s, i1 } @%s(%s %s, %s %s)", res.s, ety, full,
           ety, a->s, ety, b->s);
  xl_tmp (c, &val);
  xl_emit (c, "%s = extractvalue { %s, i1 } %s, 0", val.s, ety, res.s);
  *r = val;
  xl_resize (c, r, &et, d->prec);
  if (!flag)
    return 1;
  xl_tmp (c, &ov);
  xl_emit (c, "%s = extractvalue { %s, i1 } %s, 1", ov.s, ety, res.s);
  if (d->prec < w || (xl_signed (d) != esgn))
    {
      xl_val back = *r, ne, any;
      xl_resize (c, &back, d, w);
      xl_tmp (c, &ne);
      xl_emit (c, "%s = icmp ne %s %s, %s", ne.s, ety, back.s, val.s);
      xl_tmp (c, &any);
      xl_emit (c, "%s = or i1 %s, %s", any.s, ov.s, ne.s);
      ov = any;
    }
  *r = ov;
  if (d->prec > 1)
    {
      xl_tmp (c, r);
      xl_emit (c, "%s = zext i1 %s to i%u", r->s, ov.s, d->prec);
    }
  return 1;
}

static int
xl_assign (xl_ctx *c, const xir_stmt *s)
{
  const xir_type *d = &c->f->regs[s->dst];
  xir_type at = xl_optype (c, &s->ops[0]), bt;
  xl_val o[XIR_MAX_OPS], r;
  char ty[64];
  unsigned i;
  if (!xl_type (c, d, ty))
    return 0;
  for (i = 0; i < s->nops && i < XIR_MAX_OPS; i++)
    if (!xl_operand (c, &s->ops[i], &o[i]))
      return 0;
  bt = s->nops > 1 ? xl_optype (c, &s->ops[1]) : at;
  switch (xir_op_class (s->op))
    {
    case XIR_OPC_MOVE:
      r = o[0];
      break;
    case XIR_OPC_CONV:
      r = o[0];
      if (!xl_convert (c, &r, &at, d))
        return 0;
      break;
    case XIR_OPC_BITWISE:
      if (s->op == XIR_OP_NOT)
        {
          xl_const_int (d, ~(uint64_t) 0, &o[1]);
          xl_bin (c, "xor", ty, &o[0], &o[1], &r);
        }
      else
        xl_bin (c, s->op == XIR_OP_AND ? "and" : s->op == XIR_OP_OR ? "or"
                : "xor", ty, &o[0], &o[1], &r);
      break;
    case XIR_OPC_ABSU:
      xl_intr (c, "abs", ty, &o[0], NULL, NULL, "false", &r);
      break;
    case XIR_OPC_SHIFT:
      if (!xl_shift (c, s->op, d, ty, &o[0], &o[1], &bt, &r))
        return 0;
      break;
    case XIR_OPC_PTR_ADD:
      xl_tmp (c, &r);
      xl_emit (c, "%s = getelementptr %si8, %s %s, i64 %s", r.s,
               c->wrapv_ptr ? "" : "nusw ", ty, o[0].s, o[1].s);
      break;
    case XIR_OPC_PTR_DIFF:
      if (!xl_convert (c, &o[0], &at, d) || !xl_convert (c, &o[1], &bt, d))
        return 0;
      xl_bin (c, "sub", ty, &o[0], &o[1], &r);
      break;
    case XIR_OPC_MULH:
      xl_mulh (c, d, &o[0], &o[1], &r);
      break;
    case XIR_OPC_COMPARE:
      if (!xl_compare (c, s->op, &at, &o[0], &o[1], &r))
        return 0;
      if (xl_bits (d) > 1)
        {
          xl_val z;
          xl_tmp (c, &z);
          xl_emit (c, "%s = zext i1 %s to %s", z.s, r.s, ty);
          r = z;
        }
      break;
    case XIR_OPC_COND:
      xl_truth (c, &at, &o[0]);
      xl_tmp (c, &r);
      xl_emit (c, "%s = select i1 %s, %s %s, %s %s", r.s, o[0].s, ty, o[1].s,
               ty, o[2].s);
      break;
    case XIR_OPC_OVF:
      if (!xl_ovf (c, s, d, &o[0], &o[1], &r))
        return 0;
      break;
    case XIR_OPC_ARITH:
      if (!xl_arith (c, s->op, d, ty, &o[0], &o[1], &r))
        return 0;
      break;
    default:
      return xl_refuse (c, "it uses opcode %u, which the translator does "
                        "not know", s->op);
    }
  xl_set_reg (c, (uint32_t) s->dst, &r);
  return 1;
}

/* ---- calls ------------------------------------------------------------------ */

/* "TY ATTR VALUE, ..." for the arguments of CL (signature SG) into ARGS.  */
static int
xl_call_args (xl_ctx *c, const xir_call *cl, const xir_sig *sg,
              xir_buf *args)
{
  uint32_t k;
  char ty[64];
  xl_val v;
  for (k = 0; k < cl->nargs; k++)
    {
      xir_type at = xl_optype (c, &cl->args[k]);
      const xir_type *pt = k < sg->nparams ? &sg->params[k] : &at;
      if (!xl_operand (c, &cl->args[k], &v))
        return 0;
      if (k >= sg->nparams && (!xl_abi_int (&at)
                               || (at.kind != XIR_T_PTR && xl_bits (&at) < 32)))
        return xl_refuse (c, "it passes a value narrower than int as a "
                          "variable argument");
      /* An int passed for a narrower parameter (C's promotion): the
         callee reads the parameter's low bits.  */
      if (k < sg->nparams && !xir_type_equal (&at, pt))
        xl_resize (c, &v, &at, xl_bits (pt));
      if (!xl_type (c, pt, ty))
        return 0;
      if (k)
        xl_str (args, ", ");
      xl_str (args, ty);
      xl_str (args, " ");
      xl_str (args, xl_ext_attr (pt));
      xl_str (args, v.s);
    }
  return 1;
}

/* Whether function NAME of signature SG (called or declared) passes and
   returns no aggregate by value; else refuses: the ABI of a by-value
   aggregate depends on its fields, which the IR does not record, and
   the caller's module need not declare NAME to prove it.  */
static int
xl_sig_plain (xl_ctx *c, const xir_sig *sg, const char *name)
{
  uint32_t i;
  int blob = sg->ret.kind == XIR_T_BLOB;
  for (i = 0; i < sg->nparams; i++)
    blob |= sg->params[i].kind == XIR_T_BLOB;
  if (blob)
    return xl_refuse (c, "it calls %s with an aggregate passed or returned "
                      "by value, whose ABI depends on the aggregate's "
                      "fields, which the IR does not record", name);
  return 1;
}

/* Declares function NAME of signature SG with call flags FLAGS.  */
static int
xl_fn_decl (xl_ctx *c, const char *name, const xir_sig *sg, unsigned flags)
{
  char g[XL_GNAME_MAX], fty[XL_VAL_MAX], ty[64];
  xir_buf d;
  uint32_t k;
  int ok = 1;
  if (!xl_sig_plain (c, sg, name) || !xl_global_name (c, name, g)
      || !xl_fntype (c, sg, fty)
      || (sg->ret.kind != XIR_T_VOID && !xl_type (c, &sg->ret, ty)))
    return 0;
  xir_buf_init (&d);
  xl_str (&d, "declare ");
  if (sg->ret.kind == XIR_T_VOID)
    xl_str (&d, "void");
  else
    {
      xl_str (&d, xl_ext_attr (&sg->ret));
      xl_str (&d, ty);
    }
  xl_str (&d, " ");
  xl_str (&d, g);
  xl_str (&d, "(");
  for (k = 0; k < sg->nparams && ok; k++)
    {
      ok = xl_type (c, &sg->params[k], ty);
      if (k)
        xl_str (&d, ", ");
      xl_str (&d, ty);
      if (*xl_ext_attr (&sg->params[k]))
        {
          xl_str (&d, " ");
          xir_buf_put (&d, xl_ext_attr (&sg->params[k]),
                       strlen (xl_ext_attr (&sg->params[k])) - 1);
        }
    }
  if (sg->varargs)
    xl_str (&d, sg->nparams ? ", ..." : "...");
  xl_str (&d, ")");
  if (flags & XIR_CF_NORETURN)
    xl_str (&d, " noreturn");
  if (flags & XIR_CF_NOTHROW)
    xl_str (&d, " nounwind");
  xir_buf_put (&d, "", 1);
  if (ok)
    xl_declare (c, name, (const char *) d.data);
  xir_buf_free (&d);
  return ok;
}

/* The declaration of symbol I of the body.  */
static int
xl_sym_decl (xl_ctx *c, uint32_t i)
{
  const xir_sym *s = &c->f->syms[i];
  char g[XL_GNAME_MAX], asb[32];
  int las = xir_llvm_addr_space (xl_sym_as (s));
  xir_buf d;
  if (s->kind == XIR_SYM_FUNC && (s->flags & XIR_SYM_FILE_LOCAL))
    return xl_refuse (c, "it calls %s, a function with internal linkage in "
                      "its provider's file, which only the GCC importer's "
                      "module-local copies provide", s->name);
  if (s->kind == XIR_SYM_FUNC)
    return xl_fn_decl (c, s->name, &c->f->sigs[s->sig], s->flags);
  if (s->kind != XIR_SYM_VAR)
    return xl_refuse (c, "it references a symbol of kind %u", s->kind);
  if (las < 0)
    return xl_refuse (c, "it references variable %s of address space %u, "
                      "which has no LLVM equivalent known to the "
                      "translator", s->name, s->as);
  if (!xl_global_name (c, s->name, g))
    return 0;
  /* A variable of a named address space is declared in it (x86's
     __seg_gs / __seg_fs: LLVM's 256 / 257, as clang declares them).  */
  snprintf (asb, sizeof asb, las ? " addrspace(%d)" : "", las);
  xir_buf_init (&d);
  xl_str (&d, g);
  xl_str (&d, c->m->flags & XIR_LLVM_DSO_LOCAL
          ? " = external dso_local" : " = external");
  xl_str (&d, asb);
  xl_str (&d, " global [0 x i8]");
  xir_buf_put (&d, "", 1);
  xl_declare (c, s->name, (const char *) d.data);
  xir_buf_free (&d);
  return 1;
}

static int
xl_call (xl_ctx *c, const xir_stmt *s)
{
  const xir_call *cl = s->call;
  const xir_sig *sg = &c->f->sigs[cl->sig];
  char fty[XL_VAL_MAX];
  xl_val callee, r;
  xir_buf args;
  xir_type tt;
  const char *lib = NULL;
  int ok;
  if ((cl->kind == XIR_C_BUILTIN && !(lib = xir_llvm_libcall (cl->bname)))
      || cl->kind == XIR_C_TARGET_BUILTIN)
    return xl_builtin (c, s);
  if (!xl_sig_plain (c, sg, cl->kind == XIR_C_DIRECT
                            ? c->f->syms[cl->sym].name : "a function"))
    return 0;
  if (!xl_fntype (c, sg, fty))
    return 0;
  switch (cl->kind)
    {
    case XIR_C_BUILTIN:
      /* A C library function: the call GCC makes when it does not fold
         the builtin.  */
      if (!xl_fn_decl (c, lib, sg, cl->flags)
          || !xl_global_name (c, lib, callee.s))
        return 0;
      break;
    case XIR_C_DIRECT:
      if (!xl_global_name (c, c->f->syms[cl->sym].name, callee.s))
        return 0;
      break;
    case XIR_C_INDIRECT:
      tt = xl_optype (c, &cl->target);
      if (tt.kind != XIR_T_PTR || tt.as)
        return xl_refuse (c, "it calls through a pointer that is not a "
                          "generic code pointer");
      if (!xl_operand (c, &cl->target, &callee))
        return 0;
      break;
    default:
      return xl_refuse (c, "it makes a call of kind %u", cl->kind);
    }
  xir_buf_init (&args);
  ok = xl_call_args (c, cl, sg, &args);
  xir_buf_put (&args, "", 1);
  if (ok)
    {
      if (s->dst >= 0)
        xl_tmp (c, &r);
      xl_emit (c, "%s%scall %s%s %s(%s)%s%s", s->dst >= 0 ? r.s : "",
               s->dst >= 0 ? " = " : "", xl_ext_attr (&sg->ret), fty,
               callee.s, (const char *) args.data,
               cl->flags & XIR_CF_NORETURN ? " noreturn" : "",
               cl->flags & XIR_CF_NOTHROW ? " nounwind" : "");
      if (s->dst >= 0)
        xl_set_reg (c, (uint32_t) s->dst, &r);
    }
  xir_buf_free (&args);
  return ok;
}

/* ---- statements --------------------------------------------------------------- */

static int
xl_addr_stmt (xl_ctx *c, const xir_stmt *s)
{
  const xir_type *d = &c->f->regs[s->dst];
  char pty[64];
  xl_val a;
  if (d->kind != XIR_T_PTR || d->as != s->mem[0].as)
    return xl_refuse (c, "it takes an address into another address space");
  if (!xl_address (c, &s->mem[0], &a, pty))
    return 0;
  xl_set_reg (c, (uint32_t) s->dst, &a);
  return 1;
}

static int
xl_stmt (xl_ctx *c, const xir_stmt *s, uint32_t b)
{
  const xir_mem *m = &s->mem[0];
  char pty[64];
  xl_val a, v;
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      return xl_assign (c, s);
    case XIR_S_LOAD:
      if (!xl_address (c, m, &a, pty)
          || !xl_load (c, pty, &a, &m->type, m->align,
                       xl_mem_volatile (c, m), &v))
        return 0;
      xl_set_reg (c, (uint32_t) s->dst, &v);
      return 1;
    case XIR_S_STORE:
      return (xl_operand (c, &s->ops[0], &v) && xl_address (c, m, &a, pty)
              && xl_store (c, pty, &a, &m->type, m->align,
                           xl_mem_volatile (c, m), &v));
    case XIR_S_COPY:
      return xl_copy (c, s);
    case XIR_S_ZERO:
      return xl_zero (c, s);
    case XIR_S_ADDR:
      return xl_addr_stmt (c, s);
    case XIR_S_CALL:
      return xl_call (c, s);
    case XIR_S_ASM:
      return xl_asm (c, s, b);
    default:
      return xl_refuse (c, "it has a statement of kind %u", s->kind);
    }
}

/* ---- aggregates by value ----------------------------------------------------- */

/* The bytes of aggregate T between its ABI form VAL (xl_blob_type: an
   integer, a pair, or the address of the bytes in memory) and the memory
   at ADDR: stored there (IN, a parameter) or loaded into VAL (a result;
   for one in memory VAL is the sret address, stored to).  Accesses of
   align 1: the IR knows the bytes, nothing of their alignment.  */
static void
xl_blob_bytes (xl_ctx *c, const xir_type *t, int in, xl_val *val,
               const xl_val *addr, int vol)
{
  unsigned lo, hi;
  xl_val a1, w0, w1, r;
  const char *vs = vol ? "volatile " : "";
  switch (xir_llvm_blob_abi (t->size, &lo, &hi))
    {
    case 0:
      xl_intrinsic (c, "llvm.memcpy.p0.p0.i64", "declare void "
                    "@llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)");
      xl_emit (c, "call void @llvm.memcpy.p0.p0.i64(ptr align 1 %s, ptr "
               "align 1 %s, i64 %u, i1 %s)", in ? addr->s : val->s,
               in ? val->s : addr->s, t->size, vol ? "true" : "false");
      return;
    case 1:
      if (in)
        xl_emit (c, "store %si%u %s, ptr %s, align 1", vs, lo, val->s,
                 addr->s);
      else
        {
          xl_tmp (c, val);
          xl_emit (c, "%s = load %si%u, ptr %s, align 1", val->s, vs, lo,
                   addr->s);
        }
      return;
    default:
      xl_tmp (c, &a1);
      xl_emit (c, "%s = getelementptr i8, ptr %s, i64 8", a1.s, addr->s);
      if (in)
        {
          xl_tmp (c, &w0);
          xl_emit (c, "%s = extractvalue { i64, i%u } %s, 0", w0.s, hi,
                   val->s);
          xl_tmp (c, &w1);
          xl_emit (c, "%s = extractvalue { i64, i%u } %s, 1", w1.s, hi,
                   val->s);
          xl_emit (c, "store %si64 %s, ptr %s, align 1", vs, w0.s, addr->s);
          xl_emit (c, "store %si%u %s, ptr %s, align 1", vs, hi, w1.s, a1.s);
          return;
        }
      xl_tmp (c, &w0);
      xl_emit (c, "%s = load %si64, ptr %s, align 1", w0.s, vs, addr->s);
      xl_tmp (c, &w1);
      xl_emit (c, "%s = load %si%u, ptr %s, align 1", w1.s, vs, hi, a1.s);
      xl_tmp (c, &r);
      xl_emit (c, "%s = insertvalue { i64, i%u } poison, i64 %s, 0", r.s, hi,
               w0.s);
      xl_tmp (c, val);
      xl_emit (c, "%s = insertvalue { i64, i%u } %s, i%u %s, 1", val->s, hi,
               r.s, hi, w1.s);
    }
}

/* ---- control flow ------------------------------------------------------------- */

/* A case range spanning fewer values than this becomes single cases of
   the LLVM switch; a longer one a range check before it.  */
#define XL_SWITCH_EXPAND 16

static int
xl_switch (xl_ctx *c, const xir_term *t)
{
  xir_type it = xl_optype (c, &t->a);
  uint64_t mask = it.prec >= 64 ? ~(uint64_t) 0
                                : ((uint64_t) 1 << it.prec) - 1;
  char ty[64];
  xl_val v, lo, span, d, in, k;
  uint32_t i;
  uint64_t j, n;
  if (it.kind != XIR_T_INT || !xl_type (c, &it, ty)
      || !xl_operand (c, &t->a, &v))
    return xl_refuse (c, "it switches on a non-integer");
  if (it.prec > 64)
    return xl_refuse (c, "it switches on an integer wider than 64 bits");
  for (i = 0; i < t->ncases; i++)
    {
      const xir_case *cs = &t->cases[i];
      unsigned nb;
      n = (cs->hi - cs->lo) & mask;
      if (n < XL_SWITCH_EXPAND)
        continue;
      xl_const_int (&it, cs->lo, &lo);
      xl_const_int (&it, n, &span);
      xl_tmp (c, &d);
      xl_emit (c, "%s = sub %s %s, %s", d.s, ty, v.s, lo.s);
      xl_tmp (c, &in);
      xl_emit (c, "%s = icmp ule %s %s, %s", in.s, ty, d.s, span.s);
      nb = xl_new_block (c);
      xl_emit (c, "br i1 %s, label %%b%u, label %%x%u", in.s, cs->succ, nb);
      xl_start_block (c, nb);
    }
  xl_emit (c, "switch %s %s, label %%b%u [", ty, v.s, t->succ[0]);
  for (i = 0; i < t->ncases; i++)
    {
      const xir_case *cs = &t->cases[i];
      n = (cs->hi - cs->lo) & mask;
      if (n >= XL_SWITCH_EXPAND)
        continue;
      for (j = 0; j <= n; j++)
        {
          xl_const_int (&it, cs->lo + j, &k);
          xl_emit (c, "  %s %s, label %%b%u", ty, k.s, cs->succ);
        }
    }
  xl_emit (c, "]");
  return 1;
}

/* RETURN of an aggregate: the bytes at address A, as the ABI returns
   them (an integer or pair, or copied to the sret address).  */
static int
xl_blob_return (xl_ctx *c, const xir_operand *a)
{
  const xir_type *rt = &c->f->sigs[c->f->sig].ret;
  char ty[64];
  xl_val addr, v;
  if (!xl_operand (c, a, &addr))
    return 0;
  if (!xl_blob_type (rt, ty))
    {
      snprintf (v.s, sizeof v.s, "%%sret");
      xl_blob_bytes (c, rt, 0, &v, &addr, 0);
      xl_emit (c, "ret void");
      return 1;
    }
  xl_blob_bytes (c, rt, 0, &v, &addr, 0);
  xl_emit (c, "ret %s %s", ty, v.s);
  return 1;
}

static int
xl_term (xl_ctx *c, const xir_term *t)
{
  xir_type at;
  char ty[64];
  xl_val a, b, r;
  switch (t->kind)
    {
    case XIR_K_GOTO:
      xl_emit (c, "br label %%b%u", t->succ[0]);
      return 1;
    case XIR_K_COND:
      at = xl_optype (c, &t->a);
      if (!xl_operand (c, &t->a, &a) || !xl_operand (c, &t->b, &b)
          || !xl_compare (c, t->cmp, &at, &a, &b, &r))
        return 0;
      xl_emit (c, "br i1 %s, label %%b%u, label %%b%u", r.s, t->succ[0],
               t->succ[1]);
      return 1;
    case XIR_K_SWITCH:
      return xl_switch (c, t);
    case XIR_K_RETURN:
      if (t->a.kind == XIR_O_NONE)
        {
          xl_emit (c, "ret void");
          return 1;
        }
      if (c->f->sigs[c->f->sig].ret.kind == XIR_T_BLOB)
        return xl_blob_return (c, &t->a);
      at = xl_optype (c, &t->a);
      if (!xl_type (c, &at, ty) || !xl_operand (c, &t->a, &a))
        return 0;
      xl_emit (c, "ret %s %s", ty, a.s);
      return 1;
    case XIR_K_UNREACHABLE:
      xl_emit (c, "unreachable");
      return 1;
    default:
      return xl_refuse (c, "it has a terminator of kind %u", t->kind);
    }
}

/* ---- the function ------------------------------------------------------------- */

/* The private data of pool entry I (string literals and tables constant,
   a static "once" flag writable: this module's own copy).  */
static int
xl_pool (xl_ctx *c, uint32_t i)
{
  const xir_pool *p = &c->f->pool[i];
  char pname[XL_GNAME_MAX], g[XL_GNAME_MAX];
  uint32_t k;
  if (p->kind > XIR_POOL__LAST)
    return xl_refuse (c, "it has private data of kind %u", p->kind);
  snprintf (pname, sizeof pname, "xinline.%s.%u", c->f->name, i);
  if (!xl_global_name (c, pname, g))
    return 0;
  xl_str (&c->glob, g);
  snprintf (pname, sizeof pname, " = %s [%u x i8] ",
            p->kind == XIR_POOL_STATIC ? "internal global"
            : "private unnamed_addr constant", p->len);
  xl_str (&c->glob, pname);
  if (!p->len)
    xl_str (&c->glob, "zeroinitializer");
  else
    {
      xl_str (&c->glob, "c\"");
      for (k = 0; k < p->len; k++)
        {
          unsigned char ch = p->data[k];
          if (ch < 0x20 || ch >= 0x7f || ch == '"' || ch == '\\')
            {
              char esc[4];
              snprintf (esc, sizeof esc, "\\%02X", ch);
              xir_buf_put (&c->glob, esc, 3);
            }
          else
            xir_buf_put (&c->glob, &ch, 1);
        }
      xl_str (&c->glob, "\"");
    }
  snprintf (pname, sizeof pname, ", align %u\n", p->align);
  xl_str (&c->glob, pname);
  return 1;
}

/* "define available_externally RET @NAME(PARAMS) ATTRS {".  */
static int
xl_header (xl_ctx *c)
{
  const xir_sig *own = &c->f->sigs[c->f->sig];
  char g[XL_GNAME_MAX], fty[XL_VAL_MAX], ty[64];
  uint32_t i;
  if (!xl_global_name (c, c->f->name, g) || !xl_fntype (c, own, fty))
    return 0;
  xl_str (&c->out, "define available_externally ");
  c->sret = own->ret.kind == XIR_T_BLOB && !xl_blob_type (&own->ret, ty);
  if (own->ret.kind == XIR_T_VOID || c->sret)
    snprintf (ty, sizeof ty, "void");
  else if (own->ret.kind != XIR_T_BLOB && !xl_type (c, &own->ret, ty))
    return 0;
  xl_str (&c->out, xl_ext_attr (&own->ret));
  xl_str (&c->out, ty);
  xl_str (&c->out, " ");
  xl_str (&c->out, g);
  xl_str (&c->out, "(");
  if (c->sret)
    {
      snprintf (g, sizeof g, "ptr sret([%u x i8]) %%sret", own->ret.size);
      xl_str (&c->out, g);
    }
  for (i = 0; i < own->nparams; i++)
    {
      const xir_type *pt = &own->params[i];
      const char *sep = i || c->sret ? ", " : "";
      if (pt->kind == XIR_T_BLOB && !xl_blob_type (pt, ty))
        snprintf (g, sizeof g, "%sptr byval([%u x i8]) %%p%u", sep, pt->size,
                  i);
      else if (pt->kind != XIR_T_BLOB && !xl_type (c, pt, ty))
        return 0;
      else
        snprintf (g, sizeof g, "%s%s %s%%p%u", sep, ty, xl_ext_attr (pt), i);
      xl_str (&c->out, g);
    }
  if (own->varargs)
    xl_str (&c->out, own->nparams || c->sret ? ", ..." : "...");
  /* alwaysinline: LLVM's form of GCC's DECL_DISREGARD_INLINE_LIMITS (a
     call it cannot inline stays a call, never an error).  */
  xl_str (&c->out, ") alwaysinline");
  if (xir_llvm_null_valid (c->meta))
    xl_str (&c->out, " null_pointer_is_valid");
  if (c->m->fn_attrs[0])
    {
      xl_str (&c->out, " ");
      xl_str (&c->out, c->m->fn_attrs);
    }
  xl_str (&c->out, " {\nentry:\n");
  return 1;
}

/* The entry block: an alloca per register and slot, the parameters
   stored into their registers and slots.  */
static int
xl_entry (xl_ctx *c)
{
  const xir_func *f = c->f;
  const xir_sig *own = &f->sigs[f->sig];
  char ty[64];
  xl_val v, a;
  uint32_t i;
  for (i = 0; i < f->nregs; i++)
    {
      if (f->regs[i].kind == XIR_T_BLOB)
        continue;               /* an aggregate parameter: no value */
      if (!xl_type (c, &f->regs[i], ty))
        return 0;
      xl_emit (c, "%%r%u = alloca %s", i, ty);
    }
  for (i = 0; i < f->nslots; i++)
    xl_emit (c, "%%s%u = alloca [%u x i8], align %u", i, f->slots[i].size,
             f->slots[i].align);
  for (i = 0; i < own->nparams; i++)
    if (f->regs[i].kind != XIR_T_BLOB)
      {
        snprintf (v.s, sizeof v.s, "%%p%u", i);
        xl_set_reg (c, i, &v);
      }
  for (i = 0; i < f->nslots; i++)
    if (f->slots[i].param >= 0)
      {
        const xir_type *pt = &f->regs[f->slots[i].param];
        snprintf (v.s, sizeof v.s, "%%p%d", f->slots[i].param);
        snprintf (a.s, sizeof a.s, "%%s%u", i);
        if (pt->kind == XIR_T_BLOB)
          xl_blob_bytes (c, pt, 1, &v, &a,
                         (f->slots[i].flags & XIR_SL_VOLATILE) != 0);
        else if (!xl_store (c, "ptr", &a, pt, f->slots[i].align,
                            (f->slots[i].flags & XIR_SL_VOLATILE) != 0, &v))
          return 0;
      }
  xl_emit (c, "br label %%b0");
  return 1;
}

void
xl_function (xl_ctx *c)
{
  const xir_func *f = c->f;
  uint32_t i, j;
  for (i = 0; i < f->nsyms; i++)
    if (!xl_sym_decl (c, i))
      return;
  for (i = 0; i < f->npool; i++)
    if (!xl_pool (c, i))
      return;
  if (!xl_header (c) || !xl_entry (c))
    return;
  for (i = 0; i < f->nblocks && !c->err; i++)
    {
      const xir_block *bl = &f->blocks[i];
      const xir_stmt *last = bl->nstmts ? &bl->stmts[bl->nstmts - 1] : NULL;
      char label[32];
      snprintf (label, sizeof label, "b%u:\n", i);
      xl_str (&c->out, label);
      for (j = 0; j < bl->nstmts && !c->err; j++)
        xl_stmt (c, &bl->stmts[j], i);
      /* An asm goto ended the block with its callbr.  */
      if (!(last && last->kind == XIR_S_ASM && last->asm_->nlabels))
        xl_term (c, &bl->term);
    }
  xl_str (&c->out, "}\n\n");
}
