/* xir-decode.c - the IR's byte decoder, safe on any input: the reading
 * primitives (bounds-checked, canonical varints only, counts bounded by
 * the bytes left), function records (head, hash, body) and compile-unit
 * metadata.  A decoded function has passed the structural check
 * (xir_func_check without a target), so that decoding then re-encoding a
 * valid record gives the same bytes back.
 */
#include "xir-int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEM_ALL ((uint32_t) ((XIR_SEM_STACK_PROTECT << 1) - 1))

/* ---- decoding primitives ------------------------------------------------ */

const char xir_e_trunc[] = "truncated";

/* Formats a message into one of a few static buffers, so that a message
   survives the next few errors.  */
const char *
xir_fmt_err (const char *fmt, ...)
{
  static char bufs[4][96];
  static unsigned next;
  char *buf = bufs[next++ % 4];
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (buf, sizeof bufs[0], fmt, ap);
  va_end (ap);
  return buf;
}

/* Records error MSG (the first one wins) and stops the reader.  */
void
xir_rd_fail (xir_reader *r, const char *msg)
{
  if (!r->err)
    r->err = msg;
  r->p = r->end;
}

void
xir_rd_name_trunc (xir_reader *r, const char *what)
{
  if (r->err == xir_e_trunc)
    r->err = what;
}

uint64_t
xir_rd_uleb (xir_reader *r)
{
  const unsigned char *start = r->p;
  uint64_t v = 0;
  unsigned shift = 0;
  if (r->err)
    return 0;
  for (;;)
    {
      unsigned char c;
      if (r->p >= r->end)
        {
          xir_rd_fail (r, xir_e_trunc);
          return 0;
        }
      c = *r->p++;
      if (shift == 63 && (c & 0xfe))
        {
          xir_rd_fail (r, "varint overflows 64 bits");
          return 0;
        }
      v |= (uint64_t) (c & 0x7f) << shift;
      if (!(c & 0x80))
        break;
      shift += 7;
    }
  if ((size_t) (r->p - start) != xir_uleb_len (v))
    {
      xir_rd_fail (r, "non-canonical varint");
      return 0;
    }
  return v;
}

static int64_t
rd_sleb (xir_reader *r)
{
  const unsigned char *start = r->p;
  uint64_t v = 0;
  unsigned shift = 0;
  unsigned char c;
  if (r->err)
    return 0;
  for (;;)
    {
      if (r->p >= r->end)
        {
          xir_rd_fail (r, xir_e_trunc);
          return 0;
        }
      c = *r->p++;
      /* The 10th byte holds bit 63; its other bits must repeat it.  */
      if (shift == 63 && c != 0 && c != 0x7f)
        {
          xir_rd_fail (r, "varint overflows 64 bits");
          return 0;
        }
      v |= (uint64_t) (c & 0x7f) << shift;
      shift += 7;
      if (!(c & 0x80))
        break;
    }
  if (shift < 64 && (c & 0x40))
    v |= ~(uint64_t) 0 << shift;
  if ((size_t) (r->p - start) != xir_sleb_len ((int64_t) v))
    {
      xir_rd_fail (r, "non-canonical varint");
      return 0;
    }
  return (int64_t) v;
}

/* A ULEB128 value that must not exceed MAX; WHAT names it in the error.  */
static uint64_t
rd_max (xir_reader *r, uint64_t max, const char *what)
{
  uint64_t v = xir_rd_uleb (r);
  if (!r->err && v > max)
    {
      xir_rd_fail (r, xir_fmt_err ("bad %s %llu", what,
                                   (unsigned long long) v));
      return 0;
    }
  return v;
}

static uint32_t
rd_u32 (xir_reader *r, const char *what)
{
  return (uint32_t) rd_max (r, UINT32_MAX, what);
}

uint32_t
xir_rd_count (xir_reader *r, size_t min, const char *what)
{
  uint64_t v = xir_rd_uleb (r);
  if (r->err)
    return 0;
  if (v > XIR_MAX_COUNT)
    {
      xir_rd_fail (r, xir_fmt_err ("too many %s (%llu)", what,
                                   (unsigned long long) v));
      return 0;
    }
  if (v > xir_rd_left (r) / min)
    {
      xir_rd_fail (r, xir_e_trunc);
      return 0;
    }
  return (uint32_t) v;
}

/* A length-prefixed byte string; *LEN gets its length.  Returns a pointer
   into the input (not copied), or NULL on error.  */
static const unsigned char *
rd_bytes (xir_reader *r, size_t *len)
{
  const unsigned char *p;
  uint64_t n = xir_rd_uleb (r);
  *len = 0;
  if (r->err)
    return NULL;
  if (n > XIR_MAX_BYTES)
    {
      xir_rd_fail (r, "string or blob too long");
      return NULL;
    }
  if (n > xir_rd_left (r))
    {
      xir_rd_fail (r, xir_e_trunc);
      return NULL;
    }
  p = r->p;
  r->p += n;
  *len = (size_t) n;
  return p;
}

/* A string, copied and NUL-terminated; NULL on error.  */
static char *
rd_str (xir_reader *r)
{
  size_t n;
  const unsigned char *p = rd_bytes (r, &n);
  char *s;
  if (!p)
    return NULL;
  if (memchr (p, 0, n))
    {
      xir_rd_fail (r, "string contains a NUL byte");
      return NULL;
    }
  s = (char *) xir_xrealloc (NULL, n + 1, 1);
  memcpy (s, p, n);
  s[n] = 0;
  return s;
}

uint64_t
xir_rd_fixed (xir_reader *r, unsigned n)
{
  uint64_t v = 0;
  unsigned i;
  if (r->err)
    return 0;
  if (xir_rd_left (r) < n)
    {
      xir_rd_fail (r, xir_e_trunc);
      return 0;
    }
  for (i = 0; i < n; i++)
    v |= (uint64_t) r->p[i] << (8 * i);
  r->p += n;
  return v;
}

/* ---- decoding a function ------------------------------------------------ */

static void
rd_type (xir_reader *r, xir_type *t)
{
  memset (t, 0, sizeof *t);
  t->kind = (uint8_t) rd_max (r, XIR_T__COUNT - 1, "type kind");
  if (r->err || t->kind == XIR_T_VOID)
    return;
  t->size = rd_u32 (r, "type size");
  t->prec = rd_u32 (r, "type precision");
  t->uns = (uint8_t) rd_max (r, 1, "signedness flag");
  t->as = (uint8_t) rd_max (r, 255, "address space");
}

static void
rd_operand (xir_reader *r, xir_operand *o)
{
  memset (o, 0, sizeof *o);
  o->kind = (uint8_t) rd_max (r, XIR_O__COUNT - 1, "operand kind");
  switch (o->kind)
    {
    case XIR_O_REG:
      o->idx = rd_u32 (r, "register index");
      break;
    case XIR_O_CONST:
      rd_type (r, &o->type);
      o->val = (uint64_t) rd_sleb (r);
      if (o->type.size > 8)
        o->val_hi = (uint64_t) rd_sleb (r);  /* bits 64..127 */
      break;
    case XIR_O_SYM:
    case XIR_O_SLOT:
    case XIR_O_POOL:
      o->idx = rd_u32 (r, "operand index");
      o->off = rd_sleb (r);
      break;
    default:
      break;
    }
}

static void
rd_mem (xir_reader *r, xir_mem *m)
{
  unsigned i;
  rd_operand (r, &m->base);
  m->off = rd_sleb (r);
  m->nidx = (uint8_t) rd_max (r, XIR_MAX_INDEX, "index term count");
  for (i = 0; i < m->nidx && !r->err; i++)
    {
      m->idx[i].reg = rd_u32 (r, "index register");
      m->idx[i].scale = rd_sleb (r);
    }
  rd_type (r, &m->type);
  m->align = rd_u32 (r, "alignment");
  m->flags = (uint8_t) rd_max (r, XIR_M_VOLATILE, "memory flags");
  m->as = (uint8_t) rd_max (r, 255, "address space");
}

/* A register number or parameter index stored as is (PLUS1 == 0), or
   plus one with 0 meaning none (-1).  */
static int32_t
rd_dst (xir_reader *r, int plus1, const char *what)
{
  uint64_t v = rd_max (r, (uint64_t) INT32_MAX + plus1, what);
  if (r->err)
    return -1;
  return (int32_t) ((int64_t) v - plus1);
}

static void
rd_call (xir_reader *r, xir_stmt *s)
{
  xir_call *c = (xir_call *) xir_xcalloc (1, sizeof *c);
  uint32_t n, i;
  s->call = c;          /* owned by the statement from now on */
  c->kind = (uint8_t) rd_max (r, XIR_C_TARGET_BUILTIN, "call kind");
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      c->sym = rd_u32 (r, "call symbol");
      break;
    case XIR_C_INDIRECT:
      rd_operand (r, &c->target);
      break;
    case XIR_C_TARGET_BUILTIN:
      c->bname = rd_str (r);       /* by name only */
      break;
    default:
      c->builtin = rd_u32 (r, "builtin code");
      c->bname = rd_str (r);
      break;
    }
  c->sig = rd_u32 (r, "call signature");
  c->flags = (uint8_t) rd_max (r, XIR_CF_CALL_ALL,
                               "call flags");
  n = xir_rd_count (r, XIR_MIN_OPERAND, "call arguments");
  if (r->err)
    return;
  c->args = (xir_operand *) xir_xcalloc (n, sizeof *c->args);
  c->nargs = n;
  for (i = 0; i < n && !r->err; i++)
    rd_operand (r, &c->args[i]);
}

/* An optional string (presence flag, string); NULL if absent.  */
static char *
rd_opt_str (xir_reader *r)
{
  if (!rd_max (r, 1, "string presence flag") || r->err)
    return NULL;
  return rd_str (r);
}

/* A hard-register variable operand (put_asm_hreg).  */
static void
rd_asm_hreg (xir_reader *r, xir_asm_op *op, int output)
{
  op->hreg = rd_str (r);
  op->hvar = rd_opt_str (r);
  rd_type (r, &op->htype);
  if (r->err || op->hvar)
    return;
  if (output)
    op->reg = rd_dst (r, 0, "asm output register");
  else
    rd_operand (r, &op->val);
}

static void
rd_asm_op (xir_reader *r, xir_asm_op *op, int output)
{
  op->reg = -1;
  op->constraint = rd_str (r);
  op->name = rd_opt_str (r);
  op->is_mem = (uint8_t) rd_max (r, XIR_ASM_HREG, "asm operand kind");
  if (r->err)
    return;
  if (op->is_mem == XIR_ASM_HREG)
    rd_asm_hreg (r, op, output);
  else if (op->is_mem)
    rd_mem (r, &op->mem);
  else if (output)
    op->reg = rd_dst (r, 0, "asm output register");
  else
    rd_operand (r, &op->val);
}

/* Reads a count and allocates a zeroed array of that many ELT-byte
   elements; *N is set only once the array exists.  */
static void *
rd_array (xir_reader *r, size_t min, size_t elt, uint32_t *n,
          const char *what)
{
  uint32_t c = xir_rd_count (r, min, what);
  void *p;
  if (r->err)
    return NULL;
  p = xir_xcalloc (c, elt);
  *n = c;
  return p;
}

static void
rd_asm (xir_reader *r, xir_stmt *s)
{
  xir_asm *a = (xir_asm *) xir_xcalloc (1, sizeof *a);
  uint32_t i;
  s->asm_ = a;          /* owned by the statement from now on */
  a->templ = rd_str (r);
  a->flags = (uint8_t) rd_max (r, XIR_ASM_FLAGS_ALL, "asm flags");
  a->outs = (xir_asm_op *) rd_array (r, XIR_MIN_ASM_OP, sizeof *a->outs,
                                     &a->nout, "asm outputs");
  for (i = 0; i < a->nout && !r->err; i++)
    rd_asm_op (r, &a->outs[i], 1);
  a->ins = (xir_asm_op *) rd_array (r, XIR_MIN_ASM_OP, sizeof *a->ins, &a->nin,
                                    "asm inputs");
  for (i = 0; i < a->nin && !r->err; i++)
    rd_asm_op (r, &a->ins[i], 0);
  a->clobbers = (char **) rd_array (r, 1, sizeof (char *), &a->nclob,
                                    "asm clobbers");
  for (i = 0; i < a->nclob && !r->err; i++)
    a->clobbers[i] = rd_str (r);
  a->labels = (uint32_t *) rd_array (r, XIR_MIN_LABEL, sizeof (uint32_t),
                                     &a->nlabels, "asm labels");
  if (r->err)
    return;
  a->label_names = (char **) xir_xcalloc (a->nlabels, sizeof (char *));
  for (i = 0; i < a->nlabels && !r->err; i++)
    {
      a->labels[i] = rd_u32 (r, "asm goto target");
      a->label_names[i] = rd_opt_str (r);
    }
}

static void
rd_stmt (xir_reader *r, xir_stmt *s)
{
  int ar, i;
  s->dst = -1;
  s->kind = (uint8_t) rd_max (r, XIR_S__COUNT - 1, "statement kind");
  if (r->err)
    return;
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      s->op = (uint8_t) rd_max (r, XIR_OP__MAX - 1, "opcode");
      ar = xir_op_arity (s->op);
      if (!r->err && ar < 0)
        xir_rd_fail (r, xir_fmt_err ("bad opcode %u", (unsigned) s->op));
      s->dst = rd_dst (r, 0, "destination register");
      if (r->err)
        return;
      s->nops = (uint8_t) ar;
      for (i = 0; i < ar; i++)
        rd_operand (r, &s->ops[i]);
      break;
    case XIR_S_LOAD:
    case XIR_S_ADDR:
      s->dst = rd_dst (r, 0, "destination register");
      rd_mem (r, &s->mem[0]);
      break;
    case XIR_S_STORE:
      rd_mem (r, &s->mem[0]);
      s->nops = 1;
      rd_operand (r, &s->ops[0]);
      break;
    case XIR_S_COPY:
      rd_mem (r, &s->mem[0]);
      rd_mem (r, &s->mem[1]);
      break;
    case XIR_S_ZERO:
      rd_mem (r, &s->mem[0]);
      break;
    case XIR_S_CALL:
      s->dst = rd_dst (r, 1, "destination register");
      rd_call (r, s);
      if (!r->err && (s->call->flags & XIR_CF_MEMRET))
        rd_mem (r, &s->mem[0]);   /* where the aggregate result goes */
      break;
    default:
      rd_asm (r, s);
      break;
    }
}

static void
rd_term (xir_reader *r, xir_term *t)
{
  uint32_t n, i;
  t->kind = (uint8_t) rd_max (r, XIR_K_UNREACHABLE, "terminator kind");
  if (r->err)
    return;
  switch (t->kind)
    {
    case XIR_K_GOTO:
      t->succ[0] = rd_u32 (r, "branch target");
      break;
    case XIR_K_COND:
      t->cmp = (uint8_t) rd_max (r, XIR_OP__MAX - 1, "comparison");
      if (!r->err && !xir_op_is_compare (t->cmp))
        xir_rd_fail (r, xir_fmt_err ("bad comparison %u", (unsigned) t->cmp));
      rd_operand (r, &t->a);
      rd_operand (r, &t->b);
      t->succ[0] = rd_u32 (r, "branch target");
      t->succ[1] = rd_u32 (r, "branch target");
      break;
    case XIR_K_SWITCH:
      rd_operand (r, &t->a);
      t->succ[0] = rd_u32 (r, "branch target");
      n = xir_rd_count (r, XIR_MIN_CASE, "switch cases");
      if (r->err)
        return;
      t->cases = (xir_case *) xir_xcalloc (n, sizeof *t->cases);
      t->ncases = n;
      for (i = 0; i < n && !r->err; i++)
        {
          t->cases[i].lo = (uint64_t) rd_sleb (r);
          t->cases[i].hi = (uint64_t) rd_sleb (r);
          t->cases[i].succ = rd_u32 (r, "branch target");
        }
      break;
    case XIR_K_RETURN:
      rd_operand (r, &t->a);
      break;
    default:
      break;
    }
}

static void
rd_sig (xir_reader *r, xir_sig *s)
{
  uint32_t n, i;
  rd_type (r, &s->ret);
  n = xir_rd_count (r, XIR_MIN_TYPE, "parameters");
  if (r->err)
    return;
  s->params = (xir_type *) xir_xcalloc (n, sizeof *s->params);
  s->nparams = n;
  for (i = 0; i < n && !r->err; i++)
    rd_type (r, &s->params[i]);
  s->varargs = (uint8_t) rd_max (r, 1, "varargs flag");
}

static void
rd_sym (xir_reader *r, xir_sym *s)
{
  s->name = rd_str (r);
  s->kind = (uint8_t) rd_max (r, XIR_SYM_VAR, "symbol kind");
  if (!r->err && s->kind == XIR_SYM_FUNC)
    {
      s->sig = rd_u32 (r, "symbol signature");
      s->flags = (uint8_t) rd_max (r, XIR_CF_SYM_ALL,
                                   "symbol flags");
    }
  else if (!r->err)
    s->as = (uint8_t) rd_max (r, 255, "symbol address space");
}

static void
rd_pool (xir_reader *r, xir_pool *p)
{
  const unsigned char *d;
  size_t n;
  p->kind = (uint8_t) rd_max (r, XIR_POOL__LAST, "pool kind");
  p->align = rd_u32 (r, "pool alignment");
  d = rd_bytes (r, &n);
  if (d && n)
    {
      p->data = (unsigned char *) xir_memdup (d, n);
      p->len = (uint32_t) n;
    }
}

static void
rd_slot (xir_reader *r, xir_slot *s)
{
  s->size = rd_u32 (r, "slot size");
  s->align = rd_u32 (r, "slot alignment");
  s->flags = (uint8_t) rd_max (r, XIR_SL_VOLATILE, "slot flags");
  s->param = rd_dst (r, 1, "slot parameter");
}

/* Reads a count and allocates a zeroed table of that many ELT-byte
   elements; *N is set only once the table exists, so that xir_func_free
   can always release a partly decoded function.  */
static void *
rd_table (xir_reader *r, size_t min, size_t elt, uint32_t *n, uint32_t *cap,
          const char *what)
{
  void *p = rd_array (r, min, elt, n, what);
  if (p)
    *cap = *n;
  return p;
}

static void
rd_blocks (xir_reader *r, xir_func *f)
{
  uint32_t i, j;
  f->blocks = (xir_block *) rd_table (r, XIR_MIN_BLOCK, sizeof (xir_block),
                                      &f->nblocks, &f->capblocks, "blocks");
  for (i = 0; i < f->nblocks && !r->err; i++)
    {
      xir_block *bl = &f->blocks[i];
      bl->stmts = (xir_stmt *) rd_table (r, XIR_MIN_STMT, sizeof (xir_stmt),
                                         &bl->nstmts, &bl->cap, "statements");
      for (j = 0; j < bl->nstmts && !r->err; j++)
        rd_stmt (r, &bl->stmts[j]);
      rd_term (r, &bl->term);
    }
}

static void
rd_body (xir_reader *r, xir_func *f)
{
  uint32_t i;
  f->sig = rd_u32 (r, "function signature");
  f->sigs = (xir_sig *) rd_table (r, XIR_MIN_SIG, sizeof (xir_sig), &f->nsigs,
                                  &f->capsigs, "signatures");
  for (i = 0; i < f->nsigs && !r->err; i++)
    rd_sig (r, &f->sigs[i]);
  f->syms = (xir_sym *) rd_table (r, XIR_MIN_SYM, sizeof (xir_sym), &f->nsyms,
                                  &f->capsyms, "symbols");
  for (i = 0; i < f->nsyms && !r->err; i++)
    rd_sym (r, &f->syms[i]);
  f->pool = (xir_pool *) rd_table (r, XIR_MIN_POOL, sizeof (xir_pool),
                                   &f->npool, &f->cappool, "pool entries");
  for (i = 0; i < f->npool && !r->err; i++)
    rd_pool (r, &f->pool[i]);
  f->regs = (xir_type *) rd_table (r, XIR_MIN_TYPE, sizeof (xir_type),
                                   &f->nregs, &f->capregs, "registers");
  for (i = 0; i < f->nregs && !r->err; i++)
    rd_type (r, &f->regs[i]);
  f->slots = (xir_slot *) rd_table (r, XIR_MIN_SLOT, sizeof (xir_slot),
                                    &f->nslots, &f->capslots, "slots");
  for (i = 0; i < f->nslots && !r->err; i++)
    rd_slot (r, &f->slots[i]);
  rd_blocks (r, f);
}

int
xir_rd_func_head (xir_reader *r, struct xir_func_head *h)
{
  const unsigned char *hpos;
  uint64_t len;
  memset (h, 0, sizeof *h);
  if (r->err)
    return -1;
  h->rec = r->p;
  h->name = rd_str (r);
  if (h->name && !h->name[0])
    xir_rd_fail (r, "function record without name");
  h->nstmts = rd_u32 (r, "statement count");
  hpos = r->p;
  h->hash = xir_rd_fixed (r, 8);
  len = xir_rd_uleb (r);
  if (!r->err && len > XIR_MAX_BYTES)
    xir_rd_fail (r, "function body too long");
  if (!r->err && len > xir_rd_left (r))
    xir_rd_fail (r, xir_e_trunc);
  if (r->err)
    {
      xir_rd_name_trunc (r, "truncated function record");
      free (h->name);
      h->name = NULL;
      return -1;
    }
  h->body = r->p;
  h->body_len = (size_t) len;
  r->p += len;
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  /* (A fuzzing build skips this so that mutations reach the decoder.)  */
  {
    uint64_t sum = xir_fnv_update (XIR_FNV_BASIS, h->rec,
                                   (size_t) (hpos - h->rec));
    sum = xir_fnv_update (sum, hpos + 8, (size_t) (r->p - (hpos + 8)));
    if (sum != h->hash)
      {
        xir_rd_fail (r, "function record hash mismatch");
        free (h->name);
        h->name = NULL;
        return -1;
      }
  }
#endif
  return 0;
}

xir_func *
xir_decode_func (xir_reader *r)
{
  struct xir_func_head h;
  xir_reader br;
  xir_func *f;
  uint64_t total = 0;
  uint32_t i;
  const char *e;

  if (xir_rd_func_head (r, &h) < 0)
    return NULL;
  f = (xir_func *) xir_xcalloc (1, sizeof *f);
  f->name = h.name;
  f->hash = h.hash;
  f->nstmts_total = h.nstmts;
  br.p = h.body;
  br.end = h.body + h.body_len;
  br.err = NULL;
  rd_body (&br, f);
  xir_rd_name_trunc (&br, "truncated function body");
  if (!br.err && br.p != br.end)
    br.err = "trailing bytes in function body";
  if (br.err)
    {
      xir_rd_fail (r, br.err);
      xir_func_free (f);
      return NULL;
    }
  for (i = 0; i < f->nblocks; i++)
    total += f->blocks[i].nstmts;
  e = total != h.nstmts ? "statement count does not match the body"
                        : xir_func_check (f, NULL);
  if (e)
    {
      xir_rd_fail (r, e);
      xir_func_free (f);
      return NULL;
    }
  return f;
}

/* ---- metadata ----------------------------------------------------------- */

void
xir_meta_free (xir_meta *m)
{
  free (m->producer);
  free (m->target);
  free (m->source);
  for (uint32_t i = 0; i < m->ndeps; i++)
    free (m->deps[i].path);
  free (m->deps);
  memset (m, 0, sizeof *m);
}

int
xir_decode_meta (xir_reader *r, xir_meta *m)
{
  uint64_t v;
  memset (m, 0, sizeof *m);
  if (r->err)
    return -1;
  m->producer = rd_str (r);
  m->target = rd_str (r);
  v = xir_rd_uleb (r);
  if (!r->err && v > SEM_ALL)
    xir_rd_fail (r, xir_fmt_err ("unknown semflags 0x%llx",
                                 (unsigned long long) v));
  m->semflags = (uint32_t) v;
  m->flavour = (uint8_t) rd_max (r, XIR_FLAVOUR_MODULE, "flavour");
  m->source = rd_str (r);
  m->source_hash = xir_rd_fixed (r, 8);
  m->ndeps = xir_rd_count (r, XIR_MIN_DEP, "dependencies");
  if (!r->err && m->ndeps)
    m->deps = (xir_dep *) xir_xcalloc (m->ndeps, sizeof *m->deps);
  for (uint32_t i = 0; i < m->ndeps && !r->err; i++)
    {
      m->deps[i].path = rd_str (r);
      m->deps[i].hash = xir_rd_fixed (r, 8);
      if (r->err)
        break;
      if (!m->deps[i].path[0] || !m->deps[i].hash)
        xir_rd_fail (r, "empty dependency");
      else if (i && strcmp (m->deps[i - 1].path, m->deps[i].path) >= 0)
        xir_rd_fail (r, "dependencies out of order");
    }
  if (r->err)
    {
      xir_rd_name_trunc (r, "truncated metadata");
      xir_meta_free (m);
      return -1;
    }
  return 0;
}
