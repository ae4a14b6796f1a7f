/* xir-llvm.c - the IR -> LLVM IR translator: the module of translated
 * helpers, types, operands, memory accesses, assignments, calls, control
 * flow and the function around them.  Builtins are in xir-llvm-builtin.c,
 * inline asm in xir-llvm-asm.c; docs/LLVM.md states the rules.
 *
 * The IR is not in SSA form: every register becomes an alloca that each
 * use loads and each definition stores, and LLVM's mem2reg/SROA turn them
 * into SSA values.  Every switch over an IR kind has a refusing default:
 * what the translator does not know (a newer IR) refuses the helper.
 */
#include "xir-llvm-int.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- emitting ------------------------------------------------------------- */

static void
xl_vput (xir_buf *b, const char *fmt, va_list ap)
{
  char small[256];
  va_list aq;
  int n;
  va_copy (aq, ap);
  n = vsnprintf (small, sizeof small, fmt, aq);
  va_end (aq);
  if (n < 0)
    return;
  if ((size_t) n < sizeof small)
    xir_buf_put (b, small, (size_t) n);
  else
    {
      char *big = (char *) xir_xcalloc ((size_t) n + 1, 1);
      vsnprintf (big, (size_t) n + 1, fmt, ap);
      xir_buf_put (b, big, (size_t) n);
      free (big);
    }
}

static void
xl_put (xir_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  xl_vput (b, fmt, ap);
  va_end (ap);
}

void
xl_str (xir_buf *b, const char *s)
{
  xir_buf_put (b, s, strlen (s));
}

int
xl_refuse (xl_ctx *c, const char *fmt, ...)
{
  va_list ap;
  if (c->err)
    return 0;
  va_start (ap, fmt);
  vsnprintf (c->errbuf, sizeof c->errbuf, fmt, ap);
  va_end (ap);
  c->err = c->errbuf;
  return 0;
}

void
xl_emit (xl_ctx *c, const char *fmt, ...)
{
  va_list ap;
  xl_str (&c->out, "  ");
  va_start (ap, fmt);
  xl_vput (&c->out, fmt, ap);
  va_end (ap);
  xl_str (&c->out, "\n");
}

void
xl_tmp (xl_ctx *c, xl_val *v)
{
  snprintf (v->s, sizeof v->s, "%%t%u", c->ntmp++);
}

unsigned
xl_new_block (xl_ctx *c)
{
  return c->nblk++;
}

void
xl_start_block (xl_ctx *c, unsigned n)
{
  xl_put (&c->out, "x%u:\n", n);
}

static void
xl_decls_add (struct xl_decls *d, const char *name, const char *text)
{
  uint32_t i;
  for (i = 0; i < d->n; i++)
    if (!strcmp (d->v[i].name, name))
      return;
  d->v = (struct xl_decl *) xir_grow (d->v, &d->cap, d->n, sizeof *d->v);
  d->v[d->n].name = xir_strdup (name);
  d->v[d->n].text = xir_strdup (text);
  d->n++;
}

static void
xl_decls_free (struct xl_decls *d)
{
  uint32_t i;
  for (i = 0; i < d->n; i++)
    {
      free (d->v[i].name);
      free (d->v[i].text);
    }
  free (d->v);
  memset (d, 0, sizeof *d);
}

void
xl_declare (xl_ctx *c, const char *name, const char *text)
{
  xl_decls_add (&c->decls, name, text);
}

void
xl_intrinsic (xl_ctx *c, const char *name, const char *text)
{
  xl_decls_add (&c->decls, name, text);
}

/* LLVM's unquoted identifiers: [-a-zA-Z$._][-a-zA-Z$._0-9]*.  */
static int
xl_plain_name (const char *s)
{
  const char *p;
  if (!*s || (*s >= '0' && *s <= '9'))
    return 0;
  for (p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
          || (*p >= '0' && *p <= '9') || *p == '-' || *p == '$'
          || *p == '.' || *p == '_'))
      return 0;
  return 1;
}

int
xl_global_name (xl_ctx *c, const char *name, char *buf)
{
  size_t n = 0;
  const unsigned char *p;
  if (strlen (name) > XL_NAME_MAX)
    return xl_refuse (c, "it references a symbol with a name longer than "
                      "%d bytes", XL_NAME_MAX);
  if (xl_plain_name (name))
    {
      snprintf (buf, XL_GNAME_MAX, "@%s", name);
      return 1;
    }
  buf[n++] = '@';
  buf[n++] = '"';
  for (p = (const unsigned char *) name; *p; p++)
    {
      if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\')
        n += (size_t) snprintf (buf + n, 4, "\\%02X", *p);
      else
        buf[n++] = (char) *p;
    }
  buf[n++] = '"';
  buf[n] = 0;
  return 1;
}

/* ---- types ------------------------------------------------------------------ */

int
xir_llvm_addr_space (unsigned as)
{
  switch (as)
    {
    case 0:
      return 0;
    case 1:                   /* __seg_fs */
      return 257;
    case 2:                   /* __seg_gs */
      return 256;
    default:
      return -1;
    }
}

static int
xl_ptr_type (xl_ctx *c, unsigned as, char *buf)
{
  int las = xir_llvm_addr_space (as);
  if (las < 0)
    return xl_refuse (c, "it uses address space %u, which has no LLVM "
                      "equivalent known to the translator", as);
  if (las)
    snprintf (buf, 64, "ptr addrspace(%d)", las);
  else
    snprintf (buf, 64, "ptr");
  return 1;
}

int
xl_type (xl_ctx *c, const xir_type *t, char *buf)
{
  switch (t->kind)
    {
    case XIR_T_INT:
      if ((t->size > 8 && t->size != 16) || t->prec > t->size * 8
          || t->prec < 1)
        return xl_refuse (c, "it uses a %u-bit integer, wider than the "
                          "translator handles", t->prec);
      snprintf (buf, 64, "i%u", t->prec);
      return 1;
    case XIR_T_BOOL:
      snprintf (buf, 64, "i1");
      return 1;
    case XIR_T_PTR:
      if (t->size != 8 || t->prec != 64)
        return xl_refuse (c, "it uses a pointer that is not 64 bits");
      return xl_ptr_type (c, t->as, buf);
    default:
      return xl_refuse (c, "it uses a value of a type kind (%u) the "
                        "translator does not know", t->kind);
    }
}

int
xl_mem_type (xl_ctx *c, const xir_type *t, char *buf)
{
  if (!xl_type (c, t, buf))
    return 0;
  if (t->kind == XIR_T_BOOL || (t->kind == XIR_T_INT && t->prec < t->size * 8))
    snprintf (buf, 64, "i%u", t->size * 8);
  return 1;
}

int
xl_abi_int (const xir_type *t)
{
  return (t->kind == XIR_T_BOOL || t->kind == XIR_T_PTR
          || (t->kind == XIR_T_INT && t->prec == t->size * 8
              && (t->size == 1 || t->size == 2 || t->size == 4
                  || t->size == 8 || t->size == 16)));
}

const char *
xl_ext_attr (const xir_type *t)
{
  if (t->kind == XIR_T_BOOL)
    return "zeroext ";
  if (t->kind == XIR_T_INT && t->prec < 32)
    return t->uns ? "zeroext " : "signext ";
  return "";
}

static void
xl_generic_ptr (xir_type *t)
{
  memset (t, 0, sizeof *t);
  t->kind = XIR_T_PTR;
  t->size = 8;
  t->prec = 64;
}

unsigned
xl_sym_as (const xir_sym *s)
{
  return s->kind == XIR_SYM_VAR ? s->as : 0;
}

xir_type
xl_optype (const xl_ctx *c, const xir_operand *o)
{
  xir_type t;
  switch (o->kind)
    {
    case XIR_O_REG:
      return c->f->regs[o->idx];
    case XIR_O_CONST:
      return o->type;
    default:
      /* A variable's address points into the space it is declared in.  */
      xl_generic_ptr (&t);
      if (o->kind == XIR_O_SYM)
        t.as = xl_sym_as (&c->f->syms[o->idx]);
      return t;
    }
}

/* Natural alignment of scalar T in memory: the alignment an access may
   assume (GCC never assumes more of a scalar).  */
static unsigned
xl_natural (const xir_type *t)
{
  return t->kind == XIR_T_BOOL ? 1 : t->size;
}

int
xir_llvm_blob_abi (uint32_t size, unsigned *lo, unsigned *hi)
{
  *lo = *hi = 0;
  if (size > 16)
    return 0;
  if (size <= 8)
    {
      *lo = size * 8;
      return 1;
    }
  *lo = 64;
  *hi = (size - 8) * 8;
  return 2;
}

int
xl_blob_type (const xir_type *t, char *buf)
{
  unsigned lo, hi;
  switch (xir_llvm_blob_abi (t->size, &lo, &hi))
    {
    case 1:
      snprintf (buf, 64, "i%u", lo);
      return 1;
    case 2:
      snprintf (buf, 64, "{ i64, i%u }", hi);
      return 1;
    default:
      snprintf (buf, 64, "ptr");
      return 0;
    }
}

/* The LLVM type a parameter or result of type T has in a C function type
   into BUF (64 bytes): T's for a scalar C's ABI has, an aggregate's
   (xl_blob_type) for a BLOB.  */
static int
xl_abi_type (xl_ctx *c, const xir_type *t, char *buf)
{
  if (t->kind == XIR_T_BLOB)
    {
      xl_blob_type (t, buf);
      return 1;
    }
  return xl_abi_int (t) && xl_type (c, t, buf);
}

/* The function type of S.  A BLOB result in memory is a void function
   with the result's address first (sret).  */
int
xl_fntype (xl_ctx *c, const xir_sig *s, char *buf)
{
  char ty[64];
  size_t n;
  uint32_t i;
  int sret = s->ret.kind == XIR_T_BLOB && !xl_blob_type (&s->ret, ty);
  if (s->ret.kind == XIR_T_VOID || sret)
    snprintf (buf, XL_VAL_MAX, sret ? "void (ptr" : "void (");
  else if (!xl_abi_type (c, &s->ret, ty))
    return xl_refuse (c, "it uses a function returning a type C's ABI "
                      "does not have");
  else
    snprintf (buf, XL_VAL_MAX, "%s (", ty);
  for (i = 0; i < s->nparams; i++)
    {
      if (!xl_abi_type (c, &s->params[i], ty))
        return xl_refuse (c, "it uses a function taking a type C's ABI "
                          "does not have");
      n = strlen (buf);
      if (n + 80 > XL_VAL_MAX)
        return xl_refuse (c, "it uses a function with too many parameters");
      snprintf (buf + n, XL_VAL_MAX - n, "%s%s", i || sret ? ", " : "", ty);
    }
  n = strlen (buf);
  snprintf (buf + n, XL_VAL_MAX - n, "%s)",
            s->varargs ? (s->nparams || sret ? ", ..." : "...") : "");
  return 1;
}

/* ---- values ------------------------------------------------------------------ */

/* The decimal digits of the 128-bit value HI:LO (unsigned) into BUF
   (at least 40 bytes).  */
static void
xl_dec128 (uint64_t hi, uint64_t lo, char *buf)
{
  char d[40];
  int n = 0, i;
  do
    {
      /* Divide HI:LO by 10 in 32-bit steps.  */
      uint64_t parts[4], rem = 0;
      for (i = 0; i < 4; i++)
        {
          uint64_t w = i < 2 ? hi >> (32 * (1 - i)) : lo >> (32 * (3 - i));
          uint64_t cur = (rem << 32) | (w & 0xffffffffu);
          parts[i] = cur / 10;
          rem = cur % 10;
        }
      hi = (parts[0] << 32) | parts[1];
      lo = (parts[2] << 32) | parts[3];
      d[n++] = (char) ('0' + rem);
    }
  while (hi || lo);
  for (i = 0; i < n; i++)
    buf[i] = d[n - 1 - i];
  buf[n] = 0;
}

void
xl_const_wide (const xir_type *t, uint64_t val, uint64_t hi, xl_val *v)
{
  unsigned p = t->kind == XIR_T_BOOL ? 1 : t->prec;
  if (p <= 64)
    {
      xl_const_int (t, val, v);
      return;
    }
  if (p < 128)
    {
      /* The value of the type: its bits above prec are its extension.  */
      uint64_t m = ((uint64_t) 1 << (p - 64)) - 1;
      hi &= m;
      if (!t->uns && (hi >> (p - 65)))
        hi |= ~m;
    }
  if (!t->uns && (hi >> 63))
    {
      /* The magnitude of a negative value: -(hi:lo).  */
      hi = ~hi + (val == 0);
      val = ~val + 1;
      v->s[0] = '-';
      xl_dec128 (hi, val, v->s + 1);
    }
  else
    xl_dec128 (hi, val, v->s);
}

void
xl_const_int (const xir_type *t, uint64_t val, xl_val *v)
{
  unsigned p = t->kind == XIR_T_BOOL ? 1 : t->prec;
  if (p > 64)
    {
      /* VAL read as a signed 64-bit value (0, ~0 ...).  */
      xl_const_wide (t, val, (int64_t) val < 0 ? ~(uint64_t) 0 : 0, v);
      return;
    }
  if (p == 1)
    {
      snprintf (v->s, sizeof v->s, "%s", (val & 1) ? "true" : "false");
      return;
    }
  if (p < 64)
    {
      uint64_t m = ((uint64_t) 1 << p) - 1;
      val &= m;
      if (val >> (p - 1))
        val |= ~m;              /* LLVM reads the two's complement */
    }
  snprintf (v->s, sizeof v->s, "%" PRId64, (int64_t) val);
}

/* The address of global NAME (a variable of address space AS, or a
   generic object) plus OFF, as a constant.  */
static int
xl_global_addr (xl_ctx *c, const char *name, unsigned as, int64_t off,
                xl_val *v)
{
  char g[XL_GNAME_MAX], pty[64];
  if (!xl_global_name (c, name, g) || !xl_ptr_type (c, as, pty))
    return 0;
  if (off)
    snprintf (v->s, sizeof v->s, "getelementptr (i8, %s %s, i64 %" PRId64
              ")", pty, g, off);
  else
    snprintf (v->s, sizeof v->s, "%s", g);
  return 1;
}

/* The private global of pool entry I.  */
static void
xl_pool_name (const xl_ctx *c, uint32_t i, char *buf, size_t n)
{
  snprintf (buf, n, "xinline.%s.%u", c->f->name, i);
}

int
xl_operand (xl_ctx *c, const xir_operand *o, xl_val *v)
{
  char ty[64], pname[XL_GNAME_MAX];
  switch (o->kind)
    {
    case XIR_O_REG:
      if (!xl_type (c, &c->f->regs[o->idx], ty))
        return 0;
      xl_tmp (c, v);
      xl_emit (c, "%s = load %s, ptr %%r%u", v->s, ty, o->idx);
      return 1;
    case XIR_O_CONST:
      if (!xl_type (c, &o->type, ty))
        return 0;
      if (o->type.kind != XIR_T_PTR)
        xl_const_wide (&o->type, o->val, o->val_hi, v);
      else if (!o->val)
        snprintf (v->s, sizeof v->s, "null");
      else
        snprintf (v->s, sizeof v->s, "inttoptr (i64 %" PRId64 " to %s)",
                  (int64_t) o->val, ty);
      return 1;
    case XIR_O_SYM:
      return xl_global_addr (c, c->f->syms[o->idx].name,
                             xl_sym_as (&c->f->syms[o->idx]), o->off, v);
    case XIR_O_POOL:
      if (strlen (c->f->name) > XL_NAME_MAX - 32)
        return xl_refuse (c, "its name is too long");
      xl_pool_name (c, o->idx, pname, sizeof pname);
      return xl_global_addr (c, pname, 0, o->off, v);
    case XIR_O_SLOT:
      if (!o->off)
        snprintf (v->s, sizeof v->s, "%%s%u", o->idx);
      else
        {
          xl_tmp (c, v);
          xl_emit (c, "%s = getelementptr i8, ptr %%s%u, i64 %" PRId64,
                   v->s, o->idx, o->off);
        }
      return 1;
    default:
      return xl_refuse (c, "it uses an operand kind (%u) the translator "
                        "does not know", o->kind);
    }
}

void
xl_set_reg (xl_ctx *c, uint32_t r, const xl_val *v)
{
  char ty[64];
  if (xl_type (c, &c->f->regs[r], ty))
    xl_emit (c, "store %s %s, ptr %%r%u", ty, v->s, r);
}

/* Width and signedness of a scalar for extensions: _Bool and pointers
   are unsigned.  */
unsigned
xl_bits (const xir_type *t)
{
  return t->kind == XIR_T_BOOL ? 1 : t->prec;
}

int
xl_signed (const xir_type *t)
{
  return t->kind == XIR_T_INT && !t->uns;
}

/* V (an integer of FROM's width) resized to TOBITS bits: truncated, or
   extended as FROM's signedness says.  */
void
xl_resize (xl_ctx *c, xl_val *v, const xir_type *from, unsigned tobits)
{
  unsigned fb = xl_bits (from);
  xl_val r;
  if (fb == tobits)
    return;
  xl_tmp (c, &r);
  xl_emit (c, "%s = %s i%u %s to i%u", r.s,
           fb > tobits ? "trunc" : xl_signed (from) ? "sext" : "zext", fb,
           v->s, tobits);
  *v = r;
}

int
xl_convert (xl_ctx *c, xl_val *v, const xir_type *from, const xir_type *to)
{
  char fty[64], tty[64];
  xl_val r;
  if (!xl_type (c, from, fty) || !xl_type (c, to, tty))
    return 0;
  if (from->kind == XIR_T_PTR && to->kind == XIR_T_PTR)
    {
      /* Between x86's address spaces the value is kept (GCC: the segment
         spaces are not subsets of the generic one; a cast keeps the
         offset).  */
      if (from->as == to->as)
        return 1;
      xl_tmp (c, &r);
      xl_emit (c, "%s = ptrtoint %s %s to i64", r.s, fty, v->s);
      *v = r;
      xl_tmp (c, &r);
      xl_emit (c, "%s = inttoptr i64 %s to %s", r.s, v->s, tty);
      *v = r;
      return 1;
    }
  if (from->kind == XIR_T_PTR)
    {
      xl_tmp (c, &r);
      xl_emit (c, "%s = ptrtoint %s %s to i64", r.s, fty, v->s);
      *v = r;
      xir_type u64;
      memset (&u64, 0, sizeof u64);
      u64.kind = XIR_T_INT;
      u64.uns = 1;
      u64.size = 8;
      u64.prec = 64;
      xl_resize (c, v, &u64, xl_bits (to));
      return 1;
    }
  if (to->kind == XIR_T_PTR)
    {
      /* GCC extends a narrower integer as its own signedness says.  */
      xl_resize (c, v, from, 64);
      xl_tmp (c, &r);
      xl_emit (c, "%s = inttoptr i64 %s to %s", r.s, v->s, tty);
      *v = r;
      return 1;
    }
  xl_resize (c, v, from, xl_bits (to));
  return 1;
}

/* ---- memory ---------------------------------------------------------------- */

int
xl_address (xl_ctx *c, const xir_mem *m, xl_val *v, char *pty)
{
  xl_val base, idx, sum, r;
  unsigned i;
  int have = 0;
  if (!xl_ptr_type (c, m->as, pty) || !xl_operand (c, &m->base, &base))
    return 0;
  for (i = 0; i < m->nidx; i++)
    {
      const xir_type *it = &c->f->regs[m->idx[i].reg];
      xir_operand o;
      memset (&o, 0, sizeof o);
      o.kind = XIR_O_REG;
      o.idx = m->idx[i].reg;
      if (it->kind != XIR_T_INT || it->prec > 64)
        return xl_refuse (c, "it indexes memory with a non-integer");
      if (!xl_operand (c, &o, &idx))
        return 0;
      xl_resize (c, &idx, it, 64);
      if (m->idx[i].scale != 1)
        {
          xl_tmp (c, &r);
          xl_emit (c, "%s = mul i64 %s, %" PRId64, r.s, idx.s,
                   m->idx[i].scale);
          idx = r;
        }
      if (have)
        {
          xl_tmp (c, &r);
          xl_emit (c, "%s = add i64 %s, %s", r.s, sum.s, idx.s);
          idx = r;
        }
      sum = idx;
      have = 1;
    }
  /* The effective address is computed modulo 2^64: no inbounds.  */
  if (have)
    {
      xl_tmp (c, &r);
      xl_emit (c, "%s = getelementptr i8, %s %s, i64 %s", r.s, pty, base.s,
               sum.s);
      base = r;
    }
  if (m->off)
    {
      xl_tmp (c, &r);
      xl_emit (c, "%s = getelementptr i8, %s %s, i64 %" PRId64, r.s, pty,
               base.s, m->off);
      base = r;
    }
  *v = base;
  return 1;
}

int
xl_to_mem (xl_ctx *c, xl_val *v, const xir_type *t)
{
  if (t->kind == XIR_T_BOOL || (t->kind == XIR_T_INT && t->prec < t->size * 8))
    xl_resize (c, v, t, t->size * 8);
  return 1;
}

int
xl_from_mem (xl_ctx *c, xl_val *v, const xir_type *t)
{
  xir_type st;
  if (t->kind == XIR_T_BOOL || (t->kind == XIR_T_INT && t->prec < t->size * 8))
    {
      st = *t;
      st.kind = XIR_T_INT;
      st.prec = t->size * 8;
      xl_resize (c, v, &st, xl_bits (t));
    }
  return 1;
}

/* The alignment an access of T may assume: what the IR knows, but never
   more than T's natural alignment (GCC's importer assumes no more).  */
unsigned
xl_align (const xir_type *t, unsigned align)
{
  unsigned nat = xl_natural (t);
  return align < nat ? align : nat;
}

int
xl_load (xl_ctx *c, const char *pty, const xl_val *a, const xir_type *t,
         unsigned align, int vol, xl_val *v)
{
  char mty[64];
  if (!xl_mem_type (c, t, mty))
    return 0;
  xl_tmp (c, v);
  xl_emit (c, "%s = load %s%s, %s %s, align %u", v->s, vol ? "volatile " : "",
           mty, pty, a->s, xl_align (t, align));
  return xl_from_mem (c, v, t);
}

int
xl_store (xl_ctx *c, const char *pty, const xl_val *a, const xir_type *t,
          unsigned align, int vol, const xl_val *v)
{
  char mty[64];
  xl_val m = *v;
  if (!xl_mem_type (c, t, mty) || !xl_to_mem (c, &m, t))
    return 0;
  xl_emit (c, "store %s%s %s, %s %s, align %u", vol ? "volatile " : "", mty,
           m.s, pty, a->s, xl_align (t, align));
  return 1;
}


/* ---- the module -------------------------------------------------------------- */

xir_llvm_mod *
xir_llvm_mod_new (const char *fn_attrs, unsigned flags)
{
  xir_llvm_mod *m = (xir_llvm_mod *) xir_xcalloc (1, sizeof *m);
  m->flags = flags;
  xir_buf_init (&m->text);
  m->fn_attrs = xir_strdup (fn_attrs ? fn_attrs : "");
  return m;
}

void
xir_llvm_mod_free (xir_llvm_mod *m)
{
  uint32_t i;
  if (!m)
    return;
  xir_buf_free (&m->text);
  xl_decls_free (&m->decls);
  for (i = 0; i < m->ndefined; i++)
    free (m->defined[i]);
  free (m->defined);
  free (m->fn_attrs);
  free (m);
}

void
xir_llvm_mod_comment (xir_llvm_mod *m, const char *text)
{
  const char *p;
  xl_str (&m->text, "; ");
  for (p = text; *p; p++)
    xir_buf_put (&m->text, *p == '\n' ? " " : p, 1);
  xl_str (&m->text, "\n");
}

int
xir_llvm_null_valid (const xir_meta *meta)
{
  return !(meta->semflags & XIR_SEM_DELETE_NULL_CHECKS);
}

/* The provider's compilation must be one whose meaning the translation
   keeps: x86-64, and none of the flags that add behaviour to the IR's
   operations (trapping arithmetic, exceptions from loads and stores).  */
static int
xl_meta_ok (xl_ctx *c)
{
  const char *t = c->meta->target ? c->meta->target : "";
  if (strncmp (t, "x86_64-", 7) || xir_target_from_meta (t, &c->tgt))
    return xl_refuse (c, "its body was made for target %s; the LLVM "
                      "translator knows x86_64 only", t);
  if (c->meta->semflags & XIR_SEM_TRAPV)
    return xl_refuse (c, "its body was made with -ftrapv");
  if (c->meta->semflags & XIR_SEM_NON_CALL_EXCEPTIONS)
    return xl_refuse (c, "its body was made with -fnon-call-exceptions");
  c->wrapv = (c->meta->semflags & XIR_SEM_WRAPV) != 0;
  c->wrapv_ptr = (c->meta->semflags & XIR_SEM_WRAPV_POINTER) != 0;
  return 1;
}

static void
xl_ctx_free (xl_ctx *c)
{
  xir_buf_free (&c->out);
  xir_buf_free (&c->glob);
  xl_decls_free (&c->decls);
}

const char *
xir_llvm_mod_add (xir_llvm_mod *m, const xir_func *f, const xir_meta *meta)
{
  xl_ctx c;
  const char *bad;
  uint32_t i;
  memset (&c, 0, sizeof c);
  c.m = m;
  c.f = f;
  c.meta = meta;
  xir_buf_init (&c.out);
  xir_buf_init (&c.glob);
  if (xl_meta_ok (&c))
    {
      /* The one checker first, for the target the text is for: every
         rule below relies on it.  */
      if ((bad = xir_func_check (f, &c.tgt)))
        xl_refuse (&c, "its DB body is malformed (%s)", bad);
      else if (f->sigs[f->sig].varargs)
        xl_refuse (&c, "it is variadic: only the GCC importer's module-local "
                   "copies use such a body (emitted, never inlined)");
      else
        xl_function (&c);
    }
  if (c.err)
    {
      snprintf (m->err, sizeof m->err, "%s", c.err);
      xl_ctx_free (&c);
      return m->err;
    }
  xir_buf_put (&m->text, c.glob.data, c.glob.len);
  xir_buf_put (&m->text, c.out.data, c.out.len);
  for (i = 0; i < c.decls.n; i++)
    xl_decls_add (&m->decls, c.decls.v[i].name, c.decls.v[i].text);
  m->defined = (char **) xir_grow (m->defined, &m->capdefined, m->ndefined,
                                   sizeof *m->defined);
  m->defined[m->ndefined++] = xir_strdup (f->name);
  xl_ctx_free (&c);
  return NULL;
}

static int
xl_cmp_decl (const void *a, const void *b)
{
  return strcmp (((const struct xl_decl *) a)->name,
                 ((const struct xl_decl *) b)->name);
}

void
xir_llvm_mod_print (const xir_llvm_mod *m, xir_buf *out)
{
  struct xl_decl *d;
  uint32_t i, j;
  static const char head[] =
    "; xinline: DB helpers as LLVM IR (x86-64), available_externally\n"
    "; definitions to link into the caller's module\n\n";
  xir_buf_put (out, head, sizeof head - 1);
  xir_buf_put (out, m->text.data, m->text.len);
  if (!m->decls.n)
    return;
  d = (struct xl_decl *) xir_xcalloc (m->decls.n, sizeof *d);
  memcpy (d, m->decls.v, m->decls.n * sizeof *d);
  qsort (d, m->decls.n, sizeof *d, xl_cmp_decl);
  xl_str (out, "\n");
  for (i = 0; i < m->decls.n; i++)
    {
      int defined = 0;
      for (j = 0; j < m->ndefined && !defined; j++)
        defined = !strcmp (m->defined[j], d[i].name);
      if (defined)
        continue;
      xl_str (out, d[i].text);
      xl_str (out, "\n");
    }
  free (d);
}
