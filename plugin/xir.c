/* xir.c - the xinline IR: builders, checker, byte codec, DB and printer.
 *
 * Plain C99 that is also valid C++ (the plugin compiles it with g++): casts
 * on every allocation, no designated initializers, no VLAs, no GCC headers.
 *
 * The byte format is described in docs/IR-FORMAT.md.  In short: unsigned
 * integers are ULEB128, signed ones SLEB128, both in their shortest form;
 * strings and blobs are a ULEB128 length followed by the bytes.  The
 * decoder accepts exactly what the encoder produces (canonical varints,
 * flags 0 or 1, ...), so decoding then re-encoding a valid record gives
 * the same bytes back.
 *
 * Out of memory is fatal (message + abort), as in GCC itself.  Everything
 * else is reported through static error strings; a few carry a number and
 * are formatted into a small ring of static buffers (see fmt_err).
 */
#include "xir.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Terminator kind of a block whose terminator was never set.  */
#define XIR_K_UNSET 0xff

/* Record layout minimums, used to bound counts before allocating: a count
   can never exceed the remaining bytes divided by the smallest encoding of
   one element.  */
#define MIN_SIG     3   /* ret type, nparams, varargs */
#define MIN_SYM     2   /* name, kind */
#define MIN_POOL    3   /* kind, align, len */
#define MIN_TYPE    1
#define MIN_SLOT    4   /* size, align, flags, param */
#define MIN_BLOCK   2   /* nstmts, terminator kind */
#define MIN_STMT    4   /* ASSIGN: kind, op, dst, one operand */
#define MIN_CASE    3
#define MIN_ASM_OP  4   /* constraint, name flag, memory flag, reg/operand */
#define MIN_LABEL   2   /* target, name flag */
#define MIN_OPERAND 1
#define MIN_FUNC    11  /* name, nstmts, 8-byte hash, body length */
#define MIN_META    5
#define MIN_ENTRY   (MIN_META + MIN_FUNC)

#define SEM_ALL ((uint32_t) ((XIR_SEM_STACK_PROTECT << 1) - 1))
#define ASM_FLAGS_ALL (XIR_ASM_VOLATILE | XIR_ASM_INLINE | XIR_ASM_BASIC)

/* ---- memory ------------------------------------------------------------ */

static void
oom (void)
{
  fputs ("xinline: out of memory\n", stderr);
  abort ();
}

static void *
x_calloc (size_t n, size_t size)
{
  void *p = calloc (n ? n : 1, size ? size : 1);
  if (!p)
    oom ();
  return p;
}

static void *
x_realloc (void *p, size_t n, size_t size)
{
  if (size && n > (size_t) -1 / size)
    oom ();
  n *= size;
  p = realloc (p, n ? n : 1);
  if (!p)
    oom ();
  return p;
}

static void *
x_memdup (const void *p, size_t n)
{
  void *q = x_realloc (NULL, n, 1);
  if (n)
    memcpy (q, p, n);
  return q;
}

static char *
x_strdup (const char *s)
{
  return (char *) x_memdup (s, strlen (s) + 1);
}

/* Makes room for element N of an array of ELT-byte elements with capacity
   *CAP; new elements are zeroed.  */
static void *
grow (void *p, uint32_t *cap, uint32_t n, size_t elt)
{
  uint32_t c;
  if (n < *cap)
    return p;
  if (*cap >= 0x80000000u)
    oom ();
  c = *cap ? *cap * 2 : 8;
  if (c <= n)
    c = n + 1;
  p = x_realloc (p, c, elt);
  memset ((char *) p + (size_t) *cap * elt, 0, (size_t) (c - *cap) * elt);
  *cap = c;
  return p;
}

/* ---- opcodes ------------------------------------------------------------ */

/* The rows of xir-ops.def, in order, and a lookup by opcode number.  */
struct op_info {
  const char *name;
  signed char arity;
  unsigned char cls;
};

enum op_row {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) OP_ROW_##NAME,
#include "xir-ops.def"
  OP_ROW__COUNT
};

static const struct op_info op_rows[OP_ROW__COUNT] = {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) \
  { MNEMONIC, ARITY, XIR_OPC_##CLASS },
#include "xir-ops.def"
};

static const struct op_info *
op_get (unsigned op)
{
  switch (op)
    {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) \
    case NUM: return &op_rows[OP_ROW_##NAME];
#include "xir-ops.def"
    default: return NULL;
    }
}

int
xir_op_arity (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->arity : -1;
}

/* The mnemonic of OP, or "?" if OP is not an opcode.  */
const char *
xir_op_name (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->name : "?";
}

int
xir_op_class (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->cls : XIR_OPC_NONE;
}

/* ---- hashing ------------------------------------------------------------- */

#define FNV_BASIS UINT64_C (0xcbf29ce484222325)
#define FNV_PRIME UINT64_C (0x100000001b3)

static uint64_t
fnv_update (uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = (const unsigned char *) p;
  size_t i;
  for (i = 0; i < n; i++)
    {
      h ^= s[i];
      h *= FNV_PRIME;
    }
  return h;
}

uint64_t
xir_hash (const void *p, size_t n)
{
  return fnv_update (FNV_BASIS, p, n);
}

/* ---- files ----------------------------------------------------------------- */

int
xir_read_file (const char *name, unsigned char **data, size_t *len)
{
  FILE *f = fopen (name, "rb");
  unsigned char *buf = NULL;
  size_t cap = 0, n = 0;
  int err;
  *data = NULL;
  *len = 0;
  if (!f)
    return -1;
  for (;;)
    {
      size_t got;
      if (n == cap)
        {
          if (cap > SIZE_MAX / 4)
            {
              free (buf);
              fclose (f);
              errno = EFBIG;
              return -1;
            }
          cap = cap ? cap * 2 : 65536;
          buf = (unsigned char *) x_realloc (buf, cap, 1);
        }
      got = fread (buf + n, 1, cap - n, f);
      n += got;
      if (got == 0)
        break;
    }
  err = ferror (f) ? errno : 0;
  fclose (f);
  if (err)
    {
      free (buf);
      errno = err;
      return -1;
    }
  *data = buf;
  *len = n;
  return 0;
}

uint64_t
xir_file_hash (const char *name)
{
  unsigned char *data;
  size_t len;
  uint64_t h;
  if (!name || !*name || xir_read_file (name, &data, &len))
    return 0;
  h = xir_hash (data, len);
  free (data);
  return h ? h : 1;
}

/* ---- byte buffers -------------------------------------------------------- */

void
xir_buf_init (xir_buf *b)
{
  b->data = NULL;
  b->len = b->cap = 0;
}

void
xir_buf_free (xir_buf *b)
{
  free (b->data);
  xir_buf_init (b);
}

void
xir_buf_put (xir_buf *b, const void *p, size_t n)
{
  if (!n)
    return;
  if (n > b->cap - b->len)
    {
      size_t c = b->cap ? b->cap : 256;
      while (c - b->len < n)
        {
          if (c > (size_t) -1 / 2)
            oom ();
          c *= 2;
        }
      b->data = (unsigned char *) x_realloc (b->data, c, 1);
      b->cap = c;
    }
  memcpy (b->data + b->len, p, n);
  b->len += n;
}

static size_t
uleb_len (uint64_t v)
{
  size_t n = 1;
  while (v >>= 7)
    n++;
  return n;
}

static size_t
encode_uleb (unsigned char *out, uint64_t v)
{
  size_t n = 0;
  do
    {
      unsigned char c = v & 0x7f;
      v >>= 7;
      if (v)
        c |= 0x80;
      out[n++] = c;
    }
  while (v);
  return n;
}

static size_t
encode_sleb (unsigned char *out, int64_t sv)
{
  /* Shift as unsigned, re-inserting the sign bits by hand: right shifts of
     negative values are implementation-defined.  */
  uint64_t v = (uint64_t) sv;
  uint64_t fill = sv < 0 ? ~(~(uint64_t) 0 >> 7) : 0;
  size_t n = 0;
  for (;;)
    {
      unsigned char c = v & 0x7f;
      v = (v >> 7) | fill;
      if ((v == 0 && !(c & 0x40)) || (v == ~(uint64_t) 0 && (c & 0x40)))
        {
          out[n++] = c;
          return n;
        }
      out[n++] = c | 0x80;
    }
}

static size_t
sleb_len (int64_t v)
{
  unsigned char tmp[10];
  return encode_sleb (tmp, v);
}

static void
put_uleb (xir_buf *b, uint64_t v)
{
  unsigned char tmp[10];
  xir_buf_put (b, tmp, encode_uleb (tmp, v));
}

static void
put_sleb (xir_buf *b, int64_t v)
{
  unsigned char tmp[10];
  xir_buf_put (b, tmp, encode_sleb (tmp, v));
}

static void
put_fixed (xir_buf *b, uint64_t v, unsigned n)
{
  unsigned char tmp[8];
  unsigned i;
  for (i = 0; i < n; i++)
    tmp[i] = (unsigned char) (v >> (8 * i));
  xir_buf_put (b, tmp, n);
}

static void
put_blob (xir_buf *b, const void *p, size_t n)
{
  put_uleb (b, n);
  xir_buf_put (b, p, n);
}

static void
put_str (xir_buf *b, const char *s)
{
  if (!s)
    s = "";
  put_blob (b, s, strlen (s));
}

/* ---- building ------------------------------------------------------------ */

xir_func *
xir_func_new (const char *name)
{
  xir_func *f = (xir_func *) x_calloc (1, sizeof *f);
  f->name = x_strdup (name ? name : "");
  return f;
}

static void
free_call (xir_call *c)
{
  if (!c)
    return;
  free (c->bname);
  free (c->args);
  free (c);
}

static void
free_strings (char **v, uint32_t n)
{
  uint32_t i;
  if (!v)
    return;
  for (i = 0; i < n; i++)
    free (v[i]);
  free (v);
}

static void
free_asm_ops (xir_asm_op *ops, uint32_t n)
{
  uint32_t i;
  if (!ops)
    return;
  for (i = 0; i < n; i++)
    {
      free (ops[i].constraint);
      free (ops[i].name);
    }
  free (ops);
}

static void
free_asm (xir_asm *a)
{
  if (!a)
    return;
  free (a->templ);
  free_asm_ops (a->outs, a->nout);
  free_asm_ops (a->ins, a->nin);
  free_strings (a->clobbers, a->nclob);
  free (a->labels);
  free_strings (a->label_names, a->nlabels);
  free (a);
}

void
xir_func_free (xir_func *f)
{
  uint32_t i, j;
  if (!f)
    return;
  free (f->name);
  free (f->regs);
  free (f->slots);
  for (i = 0; i < f->nsyms; i++)
    free (f->syms[i].name);
  free (f->syms);
  for (i = 0; i < f->nsigs; i++)
    free (f->sigs[i].params);
  free (f->sigs);
  for (i = 0; i < f->npool; i++)
    free (f->pool[i].data);
  free (f->pool);
  for (i = 0; i < f->nblocks; i++)
    {
      xir_block *bl = &f->blocks[i];
      for (j = 0; j < bl->nstmts; j++)
        {
          free_call (bl->stmts[j].call);
          free_asm (bl->stmts[j].asm_);
        }
      free (bl->stmts);
      free (bl->term.cases);
    }
  free (f->blocks);
  free (f);
}

uint32_t
xir_add_reg (xir_func *f, xir_type t)
{
  f->regs = (xir_type *) grow (f->regs, &f->capregs, f->nregs, sizeof t);
  f->regs[f->nregs] = t;
  return f->nregs++;
}

uint32_t
xir_add_slot (xir_func *f, uint32_t size, uint32_t align, uint8_t flags,
              int32_t param)
{
  xir_slot *s;
  f->slots = (xir_slot *) grow (f->slots, &f->capslots, f->nslots,
                                sizeof *s);
  s = &f->slots[f->nslots];
  s->size = size;
  s->align = align;
  s->flags = flags;
  s->param = param;
  return f->nslots++;
}

int
xir_type_equal (const xir_type *a, const xir_type *b)
{
  if (a->kind != b->kind)
    return 0;
  if (a->kind == XIR_T_VOID)
    return 1;   /* a void type has no other attributes */
  return (a->uns == b->uns && a->as == b->as && a->size == b->size
          && a->prec == b->prec);
}

int
xir_sig_equal (const xir_sig *a, const xir_sig *b)
{
  uint32_t i;
  if (!xir_type_equal (&a->ret, &b->ret) || a->nparams != b->nparams
      || a->varargs != b->varargs)
    return 0;
  for (i = 0; i < a->nparams; i++)
    if (!xir_type_equal (&a->params[i], &b->params[i]))
      return 0;
  return 1;
}

uint32_t
xir_add_sig (xir_func *f, const xir_sig *s)
{
  xir_sig *n;
  uint32_t i;
  for (i = 0; i < f->nsigs; i++)
    if (xir_sig_equal (&f->sigs[i], s))
      return i;
  f->sigs = (xir_sig *) grow (f->sigs, &f->capsigs, f->nsigs, sizeof *n);
  n = &f->sigs[f->nsigs];
  *n = *s;
  n->params = NULL;
  if (s->nparams)
    n->params = (xir_type *) x_memdup (s->params,
                                       s->nparams * sizeof *s->params);
  return f->nsigs++;
}

uint32_t
xir_add_sym (xir_func *f, const char *name, uint8_t kind, uint32_t sig,
             uint8_t flags)
{
  xir_sym *s;
  uint32_t i;
  if (kind != XIR_SYM_FUNC)
    sig = flags = 0;    /* not encoded for variables */
  for (i = 0; i < f->nsyms; i++)
    {
      s = &f->syms[i];
      if (s->kind == kind && s->sig == sig && s->flags == flags
          && !strcmp (s->name, name))
        return i;
    }
  f->syms = (xir_sym *) grow (f->syms, &f->capsyms, f->nsyms, sizeof *s);
  s = &f->syms[f->nsyms];
  s->name = x_strdup (name);
  s->kind = kind;
  s->sig = sig;
  s->flags = flags;
  return f->nsyms++;
}

uint32_t
xir_add_pool (xir_func *f, uint8_t kind, uint32_t align, const void *data,
              uint32_t len)
{
  xir_pool *p;
  uint32_t i;
  for (i = 0; i < f->npool; i++)
    {
      p = &f->pool[i];
      if (kind != XIR_POOL_STATIC
          && p->kind == kind && p->align == align && p->len == len
          && (!len || !memcmp (p->data, data, len)))
        return i;
    }
  f->pool = (xir_pool *) grow (f->pool, &f->cappool, f->npool, sizeof *p);
  p = &f->pool[f->npool];
  p->kind = kind;
  p->align = align;
  p->len = len;
  p->data = len ? (unsigned char *) x_memdup (data, len) : NULL;
  return f->npool++;
}

uint32_t
xir_add_block (xir_func *f)
{
  f->blocks = (xir_block *) grow (f->blocks, &f->capblocks, f->nblocks,
                                  sizeof (xir_block));
  /* Not terminated yet: xir_func_check complains until the caller sets
     the terminator.  */
  f->blocks[f->nblocks].term.kind = XIR_K_UNSET;
  return f->nblocks++;
}

xir_stmt *
xir_block_add_stmt (xir_func *f, uint32_t block)
{
  xir_block *bl;
  xir_stmt *s;
  if (block >= f->nblocks)
    return NULL;
  bl = &f->blocks[block];
  bl->stmts = (xir_stmt *) grow (bl->stmts, &bl->cap, bl->nstmts,
                                 sizeof *s);
  s = &bl->stmts[bl->nstmts++];
  s->dst = -1;
  f->nstmts_total++;
  return s;
}

xir_call *
xir_call_new (uint32_t nargs)
{
  xir_call *c = (xir_call *) x_calloc (1, sizeof *c);
  c->nargs = nargs;
  if (nargs)
    c->args = (xir_operand *) x_calloc (nargs, sizeof *c->args);
  return c;
}

/* ---- checking ------------------------------------------------------------ */

static int
is_pow2 (uint32_t x)
{
  return x && !(x & (x - 1));
}

static int
is_scalar (const xir_type *t)
{
  return (t->kind == XIR_T_INT || t->kind == XIR_T_BOOL
          || t->kind == XIR_T_PTR);
}

static const char *
check_type (const xir_type *t)
{
  if (t->kind >= XIR_T__COUNT)
    return "bad type kind";
  if (t->kind == XIR_T_VOID)
    return NULL;
  if (t->uns > 1)
    return "bad type signedness flag";
  if (is_scalar (t))
    {
      if (t->size == 0 || t->size > 16)
        return "bad scalar type size";
      if (t->prec == 0 || t->prec > t->size * 8)
        return "bad scalar type precision";
    }
  return NULL;
}

static const char *
check_operand (const xir_func *f, const xir_operand *o, int allow_none)
{
  const char *e;
  switch (o->kind)
    {
    case XIR_O_NONE:
      return allow_none ? NULL : "missing operand";
    case XIR_O_REG:
      return o->idx < f->nregs ? NULL : "register index out of range";
    case XIR_O_CONST:
      if ((e = check_type (&o->type)))
        return e;
      return is_scalar (&o->type) ? NULL : "constant of non-scalar type";
    case XIR_O_SYM:
      return o->idx < f->nsyms ? NULL : "symbol index out of range";
    case XIR_O_SLOT:
      return o->idx < f->nslots ? NULL : "slot index out of range";
    case XIR_O_POOL:
      return o->idx < f->npool ? NULL : "pool index out of range";
    default:
      return "bad operand kind";
    }
}

static const char *
check_mem (const xir_func *f, const xir_mem *m)
{
  const char *e;
  unsigned i;
  if (m->base.kind == XIR_O_NONE)
    return "memory reference without base";
  if ((e = check_operand (f, &m->base, 0)))
    return e;
  if (m->base.kind == XIR_O_REG && f->regs[m->base.idx].kind != XIR_T_PTR)
    return "memory base register is not a pointer";
  if (m->base.kind == XIR_O_CONST && m->base.type.kind != XIR_T_PTR)
    return "memory base constant is not a pointer";
  if (m->as && m->base.kind != XIR_O_REG && m->base.kind != XIR_O_CONST)
    return "address-space access not through a pointer";
  if ((m->base.kind == XIR_O_REG && f->regs[m->base.idx].as != m->as)
      || (m->base.kind == XIR_O_CONST && m->base.type.as != m->as))
    return "memory base points into another address space";
  if (m->nidx > XIR_MAX_INDEX)
    return "too many index terms";
  for (i = 0; i < m->nidx; i++)
    {
      if (m->idx[i].reg >= f->nregs)
        return "index register out of range";
      if (!is_scalar (&f->regs[m->idx[i].reg]))
        return "index register is not a scalar";
    }
  if ((e = check_type (&m->type)))
    return e;
  if (m->type.kind == XIR_T_VOID)
    return "memory access of void type";
  if (!is_pow2 (m->align))
    return "memory alignment not a power of two";
  if (m->flags & ~XIR_M_VOLATILE)
    return "bad memory flags";
  return NULL;
}

static const char *
check_dst (const xir_func *f, int32_t dst)
{
  if (dst < 0)
    return "statement without destination register";
  if ((uint32_t) dst >= f->nregs)
    return "destination register out of range";
  return NULL;
}

static const char *
check_call (const xir_func *f, const xir_stmt *s)
{
  const xir_call *c = s->call;
  const xir_sig *sig;
  const char *e;
  uint32_t i;
  if (!c)
    return "call statement without call";
  if (c->sig >= f->nsigs)
    return "call signature index out of range";
  sig = &f->sigs[c->sig];
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      if (c->sym >= f->nsyms)
        return "call symbol index out of range";
      if (f->syms[c->sym].kind != XIR_SYM_FUNC)
        return "direct call of a variable";
      break;
    case XIR_C_INDIRECT:
      if ((e = check_operand (f, &c->target, 0)))
        return e;
      break;
    case XIR_C_BUILTIN:
      if (!c->bname || !c->bname[0])
        return "builtin call without name";
      if (strlen (c->bname) > XIR_MAX_BYTES)
        return "builtin name too long";
      break;
    default:
      return "bad call kind";
    }
  if (c->flags & ~(XIR_CF_NORETURN | XIR_CF_NOTHROW))
    return "bad call flags";
  if (c->nargs > XIR_MAX_COUNT || (c->nargs && !c->args))
    return "bad call argument list";
  if (sig->varargs ? c->nargs < sig->nparams : c->nargs != sig->nparams)
    return "call argument count does not match its signature";
  for (i = 0; i < c->nargs; i++)
    if ((e = check_operand (f, &c->args[i], 0)))
      return e;
  if (s->dst >= 0)
    {
      if ((e = check_dst (f, s->dst)))
        return e;
      if (sig->ret.kind == XIR_T_VOID)
        return "result of a void call used";
    }
  return NULL;
}

/* A string the encoder can store: present, at most XIR_MAX_BYTES.  */
static int
str_ok (const char *s)
{
  return s && strlen (s) <= XIR_MAX_BYTES;
}

static const char *
check_asm_op (const xir_func *f, const xir_asm_op *op, int output)
{
  if (!str_ok (op->constraint))
    return "asm operand without constraint";
  if (op->name && !str_ok (op->name))
    return "asm operand name too long";
  if (op->is_mem > 1)
    return "bad asm operand memory flag";
  if (op->is_mem)
    return check_mem (f, &op->mem);
  if (!output)
    return check_operand (f, &op->val, 0);
  if (op->reg < 0 || (uint32_t) op->reg >= f->nregs)
    return "asm output register out of range";
  return NULL;
}

/* The asm statement J of block BL.  */
static const char *
check_asm (const xir_func *f, const xir_block *bl, uint32_t j)
{
  const xir_asm *a = bl->stmts[j].asm_;
  const char *e;
  uint32_t i;
  if (!a)
    return "asm statement without asm";
  if (!str_ok (a->templ))
    return "asm without template";
  if (a->flags & ~ASM_FLAGS_ALL)
    return "bad asm flags";
  if (a->nout > XIR_MAX_COUNT || a->nin > XIR_MAX_COUNT
      || a->nclob > XIR_MAX_COUNT || a->nlabels > XIR_MAX_COUNT
      || (a->nout && !a->outs) || (a->nin && !a->ins)
      || (a->nclob && !a->clobbers) || (a->nlabels && !a->labels))
    return "bad asm operand list";
  if ((a->flags & XIR_ASM_BASIC) && (a->nout || a->nin || a->nclob
                                     || a->nlabels))
    return "basic asm with operands";
  for (i = 0; i < a->nout; i++)
    if ((e = check_asm_op (f, &a->outs[i], 1)))
      return e;
  for (i = 0; i < a->nin; i++)
    if ((e = check_asm_op (f, &a->ins[i], 0)))
      return e;
  for (i = 0; i < a->nclob; i++)
    if (!str_ok (a->clobbers[i]))
      return "asm clobber without name";
  for (i = 0; i < a->nlabels; i++)
    {
      if (a->labels[i] >= f->nblocks)
        return "asm goto target out of range";
      if (a->label_names && a->label_names[i] && !str_ok (a->label_names[i]))
        return "asm label name too long";
    }
  /* asm goto ends its block; the block's GOTO is the fall-through.  */
  if (a->nlabels && (j + 1 != bl->nstmts || bl->term.kind != XIR_K_GOTO))
    return "asm goto not at the end of a block ending in goto";
  return NULL;
}

/* Statement J of block BL.  */
static const char *
check_stmt (const xir_func *f, const xir_block *bl, uint32_t j)
{
  const xir_stmt *s = &bl->stmts[j];
  const char *e;
  unsigned i;
  int ar;
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      ar = xir_op_arity (s->op);
      if (ar < 0)
        return "bad opcode";
      if (s->nops != ar)
        return "operand count does not match the opcode";
      for (i = 0; i < s->nops; i++)
        if ((e = check_operand (f, &s->ops[i], 0)))
          return e;
      return check_dst (f, s->dst);
    case XIR_S_LOAD:
    case XIR_S_ADDR:
      if ((e = check_mem (f, &s->mem[0])))
        return e;
      return check_dst (f, s->dst);
    case XIR_S_STORE:
      if (s->nops != 1)
        return "store without exactly one operand";
      if ((e = check_operand (f, &s->ops[0], 0)))
        return e;
      return check_mem (f, &s->mem[0]);
    case XIR_S_COPY:
      if ((e = check_mem (f, &s->mem[0])) || (e = check_mem (f, &s->mem[1])))
        return e;
      if (s->mem[0].type.kind != s->mem[1].type.kind
          || s->mem[0].type.size != s->mem[1].type.size)
        return "copy between different types";
      return NULL;
    case XIR_S_ZERO:
      return check_mem (f, &s->mem[0]);
    case XIR_S_CALL:
      return check_call (f, s);
    case XIR_S_ASM:
      return check_asm (f, bl, j);
    default:
      return "bad statement kind";
    }
}

/* Is operand O of a signed integer type (for switch case ordering)?  */
static int
operand_signed (const xir_func *f, const xir_operand *o)
{
  const xir_type *t = NULL;
  if (o->kind == XIR_O_REG && o->idx < f->nregs)
    t = &f->regs[o->idx];
  else if (o->kind == XIR_O_CONST)
    t = &o->type;
  return t && t->kind == XIR_T_INT && !t->uns;
}

/* A < B in the signedness SGN.  */
static int
case_less (uint64_t a, uint64_t b, int sgn)
{
  if (sgn)
    return (int64_t) a < (int64_t) b;
  return a < b;
}

static const char *
check_switch (const xir_func *f, const xir_term *t)
{
  const char *e;
  uint32_t i;
  int sgn;
  if ((e = check_operand (f, &t->a, 0)))
    return e;
  if (t->ncases > XIR_MAX_COUNT || (t->ncases && !t->cases))
    return "bad switch case list";
  sgn = operand_signed (f, &t->a);
  for (i = 0; i < t->ncases; i++)
    {
      const xir_case *c = &t->cases[i];
      if (c->succ >= f->nblocks)
        return "switch case target out of range";
      if (case_less (c->hi, c->lo, sgn))
        return "switch case range is empty";
      if (i && !case_less (t->cases[i - 1].hi, c->lo, sgn))
        return "switch cases overlap or are not sorted";
    }
  return NULL;
}

static const char *
check_term (const xir_func *f, const xir_term *t)
{
  const char *e;
  switch (t->kind)
    {
    case XIR_K_GOTO:
      break;
    case XIR_K_COND:
      if (!xir_op_is_compare (t->cmp))
        return "bad comparison in conditional branch";
      if ((e = check_operand (f, &t->a, 0)) || (e = check_operand (f, &t->b, 0)))
        return e;
      if (t->succ[1] >= f->nblocks)
        return "branch target out of range";
      break;
    case XIR_K_SWITCH:
      if ((e = check_switch (f, t)))
        return e;
      break;
    case XIR_K_RETURN:
      if ((e = check_operand (f, &t->a, 1)))
        return e;
      if (t->a.kind != XIR_O_NONE && f->sigs[f->sig].ret.kind == XIR_T_VOID)
        return "value returned from a void function";
      return NULL;
    case XIR_K_UNREACHABLE:
      return NULL;
    case XIR_K_UNSET:
      return "block without terminator";
    default:
      return "bad terminator kind";
    }
  if (t->succ[0] >= f->nblocks)
    return "branch target out of range";
  return NULL;
}

static const char *
check_sigs (const xir_func *f)
{
  const char *e;
  uint32_t i, j;
  for (i = 0; i < f->nsigs; i++)
    {
      const xir_sig *s = &f->sigs[i];
      if ((e = check_type (&s->ret)))
        return e;
      if (s->varargs > 1)
        return "bad varargs flag";
      if (s->nparams > XIR_MAX_COUNT || (s->nparams && !s->params))
        return "bad parameter list";
      for (j = 0; j < s->nparams; j++)
        {
          if ((e = check_type (&s->params[j])))
            return e;
          if (s->params[j].kind == XIR_T_VOID)
            return "parameter of void type";
        }
    }
  return NULL;
}

static int
cmp_strp (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static const char *
check_syms (const xir_func *f)
{
  const char **names;
  const char *e = NULL;
  uint32_t i;
  for (i = 0; i < f->nsyms; i++)
    {
      const xir_sym *s = &f->syms[i];
      if (!s->name || !s->name[0])
        return "symbol without name";
      if (strlen (s->name) > XIR_MAX_BYTES)
        return "symbol name too long";
      if (s->kind > XIR_SYM_VAR)
        return "bad symbol kind";
      if (s->kind == XIR_SYM_FUNC)
        {
          if (s->sig >= f->nsigs)
            return "symbol signature index out of range";
          if (s->flags & ~(XIR_CF_NORETURN | XIR_CF_NOTHROW))
            return "bad symbol flags";
        }
    }
  /* Each name once: the importer declares symbols by name.  */
  if (f->nsyms < 2)
    return NULL;
  names = (const char **) x_calloc (f->nsyms, sizeof *names);
  for (i = 0; i < f->nsyms; i++)
    names[i] = f->syms[i].name;
  qsort (names, f->nsyms, sizeof *names, cmp_strp);
  for (i = 1; i < f->nsyms && !e; i++)
    if (!strcmp (names[i - 1], names[i]))
      e = "symbol listed twice";
  free (names);
  return e;
}

static const char *
check_tables (const xir_func *f)
{
  const char *e;
  const xir_sig *own;
  uint32_t i;
  if ((e = check_sigs (f)))
    return e;
  if (f->sig >= f->nsigs)
    return "function signature index out of range";
  own = &f->sigs[f->sig];
  if (f->nregs < own->nparams)
    return "fewer registers than parameters";
  for (i = 0; i < f->nregs; i++)
    {
      if ((e = check_type (&f->regs[i])))
        return e;
      if (f->regs[i].kind == XIR_T_VOID)
        return "register of void type";
      if (i < own->nparams && !xir_type_equal (&f->regs[i], &own->params[i]))
        return "parameter register type differs from the signature";
    }
  for (i = 0; i < f->nslots; i++)
    {
      const xir_slot *s = &f->slots[i];
      if (!is_pow2 (s->align))
        return "slot alignment not a power of two";
      if (s->flags & ~XIR_SL_VOLATILE)
        return "bad slot flags";
      if (s->param < -1 || (s->param >= 0
                            && (uint32_t) s->param >= own->nparams))
        return "slot parameter out of range";
    }
  if ((e = check_syms (f)))
    return e;
  for (i = 0; i < f->npool; i++)
    {
      const xir_pool *p = &f->pool[i];
      if (p->kind > XIR_POOL__LAST)
        return "bad pool kind";
      if (!is_pow2 (p->align))
        return "pool alignment not a power of two";
      if (p->len > XIR_MAX_BYTES || (p->len && !p->data))
        return "bad pool data";
    }
  return NULL;
}

const char *
xir_func_check (const xir_func *f, const xir_target *tgt)
{
  (void) tgt;  /* the typing rules move here from the importer */
  const char *e;
  uint64_t total = 0;
  uint32_t i, j;
  if (!f)
    return "no function";
  if (!f->name || !f->name[0])
    return "function without name";
  if (strlen (f->name) > XIR_MAX_BYTES)
    return "function name too long";
  if (f->nregs > XIR_MAX_COUNT || f->nslots > XIR_MAX_COUNT
      || f->nsyms > XIR_MAX_COUNT || f->nsigs > XIR_MAX_COUNT
      || f->npool > XIR_MAX_COUNT || f->nblocks > XIR_MAX_COUNT)
    return "function table too large";
  if ((f->nregs && !f->regs) || (f->nslots && !f->slots)
      || (f->nsyms && !f->syms) || (f->nsigs && !f->sigs)
      || (f->npool && !f->pool) || (f->nblocks && !f->blocks))
    return "function table missing";
  if ((e = check_tables (f)))
    return e;
  if (!f->nblocks)
    return "function without blocks";
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      if (bl->nstmts > XIR_MAX_COUNT || (bl->nstmts && !bl->stmts))
        return "bad statement list";
      for (j = 0; j < bl->nstmts; j++)
        if ((e = check_stmt (f, bl, j)))
          return e;
      if ((e = check_term (f, &bl->term)))
        return e;
      total += bl->nstmts;
    }
  if (total > UINT32_MAX)
    return "too many statements";
  return NULL;
}

/* ---- encoding ------------------------------------------------------------ */

static void
put_type (xir_buf *b, const xir_type *t)
{
  put_uleb (b, t->kind);
  if (t->kind == XIR_T_VOID)
    return;
  put_uleb (b, t->size);
  put_uleb (b, t->prec);
  put_uleb (b, t->uns);
  put_uleb (b, t->as);
}

static void
put_operand (xir_buf *b, const xir_operand *o)
{
  put_uleb (b, o->kind);
  switch (o->kind)
    {
    case XIR_O_REG:
      put_uleb (b, o->idx);
      break;
    case XIR_O_CONST:
      put_type (b, &o->type);
      put_sleb (b, (int64_t) o->val);
      break;
    case XIR_O_SYM:
    case XIR_O_SLOT:
    case XIR_O_POOL:
      put_uleb (b, o->idx);
      put_sleb (b, o->off);
      break;
    default:
      break;
    }
}

static void
put_mem (xir_buf *b, const xir_mem *m)
{
  unsigned i, n = m->nidx > XIR_MAX_INDEX ? XIR_MAX_INDEX : m->nidx;
  put_operand (b, &m->base);
  put_sleb (b, m->off);
  put_uleb (b, n);
  for (i = 0; i < n; i++)
    {
      put_uleb (b, m->idx[i].reg);
      put_sleb (b, m->idx[i].scale);
    }
  put_type (b, &m->type);
  put_uleb (b, m->align);
  put_uleb (b, m->flags);
  put_uleb (b, m->as);
}

static void
put_call (xir_buf *b, const xir_call *c)
{
  uint32_t i;
  if (!c)
    {
      put_uleb (b, XIR_C_BUILTIN + 1);  /* invalid: refused on decode */
      return;
    }
  put_uleb (b, c->kind);
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      put_uleb (b, c->sym);
      break;
    case XIR_C_INDIRECT:
      put_operand (b, &c->target);
      break;
    case XIR_C_BUILTIN:
      put_uleb (b, c->builtin);
      put_str (b, c->bname);
      break;
    default:
      return;
    }
  put_uleb (b, c->sig);
  put_uleb (b, c->flags);
  put_uleb (b, c->nargs);
  for (i = 0; i < c->nargs; i++)
    put_operand (b, &c->args[i]);
}

/* A destination register: dst >= 0 as is (a negative one encodes as a
   huge value the decoder refuses).  */
static void
put_dst (xir_buf *b, int32_t dst)
{
  put_uleb (b, (uint32_t) dst);
}

/* An optional string: a presence flag, then the string if present.  */
static void
put_opt_str (xir_buf *b, const char *s)
{
  put_uleb (b, s != NULL);
  if (s)
    put_str (b, s);
}

static void
put_asm_op (xir_buf *b, const xir_asm_op *op, int output)
{
  put_str (b, op->constraint);
  put_opt_str (b, op->name);
  put_uleb (b, op->is_mem);
  if (op->is_mem)
    put_mem (b, &op->mem);
  else if (output)
    put_dst (b, op->reg);
  else
    put_operand (b, &op->val);
}

static void
put_asm (xir_buf *b, const xir_asm *a)
{
  uint32_t i;
  if (!a)
    {
      put_str (b, "");
      put_uleb (b, ASM_FLAGS_ALL + 1);  /* invalid: refused on decode */
      return;
    }
  put_str (b, a->templ);
  put_uleb (b, a->flags);
  put_uleb (b, a->nout);
  for (i = 0; i < a->nout; i++)
    put_asm_op (b, &a->outs[i], 1);
  put_uleb (b, a->nin);
  for (i = 0; i < a->nin; i++)
    put_asm_op (b, &a->ins[i], 0);
  put_uleb (b, a->nclob);
  for (i = 0; i < a->nclob; i++)
    put_str (b, a->clobbers[i]);
  put_uleb (b, a->nlabels);
  for (i = 0; i < a->nlabels; i++)
    {
      put_uleb (b, a->labels[i]);
      put_opt_str (b, a->label_names ? a->label_names[i] : NULL);
    }
}

static void
put_stmt (xir_buf *b, const xir_stmt *s)
{
  int i, ar;
  put_uleb (b, s->kind);
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      put_uleb (b, s->op);
      put_dst (b, s->dst);
      ar = xir_op_arity (s->op);
      for (i = 0; i < ar && i < XIR_MAX_OPS; i++)
        put_operand (b, &s->ops[i]);
      break;
    case XIR_S_LOAD:
    case XIR_S_ADDR:
      put_dst (b, s->dst);
      put_mem (b, &s->mem[0]);
      break;
    case XIR_S_STORE:
      put_mem (b, &s->mem[0]);
      put_operand (b, &s->ops[0]);
      break;
    case XIR_S_COPY:
      put_mem (b, &s->mem[0]);
      put_mem (b, &s->mem[1]);
      break;
    case XIR_S_ZERO:
      put_mem (b, &s->mem[0]);
      break;
    case XIR_S_CALL:
      put_uleb (b, s->dst < 0 ? 0 : (uint64_t) s->dst + 1);
      put_call (b, s->call);
      break;
    case XIR_S_ASM:
      put_asm (b, s->asm_);
      break;
    default:
      break;
    }
}

static void
put_term (xir_buf *b, const xir_term *t)
{
  uint32_t i;
  put_uleb (b, t->kind);
  switch (t->kind)
    {
    case XIR_K_GOTO:
      put_uleb (b, t->succ[0]);
      break;
    case XIR_K_COND:
      put_uleb (b, t->cmp);
      put_operand (b, &t->a);
      put_operand (b, &t->b);
      put_uleb (b, t->succ[0]);
      put_uleb (b, t->succ[1]);
      break;
    case XIR_K_SWITCH:
      put_operand (b, &t->a);
      put_uleb (b, t->succ[0]);
      put_uleb (b, t->ncases);
      for (i = 0; i < t->ncases; i++)
        {
          put_sleb (b, (int64_t) t->cases[i].lo);
          put_sleb (b, (int64_t) t->cases[i].hi);
          put_uleb (b, t->cases[i].succ);
        }
      break;
    case XIR_K_RETURN:
      put_operand (b, &t->a);
      break;
    default:
      break;
    }
}

static void
put_tables (xir_buf *b, const xir_func *f)
{
  uint32_t i, j;
  put_uleb (b, f->nsigs);
  for (i = 0; i < f->nsigs; i++)
    {
      const xir_sig *s = &f->sigs[i];
      put_type (b, &s->ret);
      put_uleb (b, s->nparams);
      for (j = 0; j < s->nparams; j++)
        put_type (b, &s->params[j]);
      put_uleb (b, s->varargs);
    }
  put_uleb (b, f->nsyms);
  for (i = 0; i < f->nsyms; i++)
    {
      const xir_sym *s = &f->syms[i];
      put_str (b, s->name);
      put_uleb (b, s->kind);
      if (s->kind == XIR_SYM_FUNC)
        {
          put_uleb (b, s->sig);
          put_uleb (b, s->flags);
        }
    }
  put_uleb (b, f->npool);
  for (i = 0; i < f->npool; i++)
    {
      put_uleb (b, f->pool[i].kind);
      put_uleb (b, f->pool[i].align);
      put_blob (b, f->pool[i].data, f->pool[i].len);
    }
  put_uleb (b, f->nregs);
  for (i = 0; i < f->nregs; i++)
    put_type (b, &f->regs[i]);
  put_uleb (b, f->nslots);
  for (i = 0; i < f->nslots; i++)
    {
      const xir_slot *s = &f->slots[i];
      put_uleb (b, s->size);
      put_uleb (b, s->align);
      put_uleb (b, s->flags);
      put_uleb (b, s->param < 0 ? 0 : (uint64_t) s->param + 1);
    }
}

/* The function record: name, statement count, hash, body length, body.
   The hash covers every byte of the record except its own 8.  */
void
xir_encode_func (xir_buf *b, xir_func *f)
{
  xir_buf body, head;
  unsigned char lenbuf[10];
  size_t lenlen;
  uint32_t i, j, total = 0;
  uint64_t h;

  xir_buf_init (&body);
  xir_buf_init (&head);
  put_uleb (&body, f->sig);
  put_tables (&body, f);
  put_uleb (&body, f->nblocks);
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      put_uleb (&body, bl->nstmts);
      for (j = 0; j < bl->nstmts; j++)
        put_stmt (&body, &bl->stmts[j]);
      put_term (&body, &bl->term);
      total += bl->nstmts;
    }
  f->nstmts_total = total;

  put_str (&head, f->name);
  put_uleb (&head, total);
  lenlen = encode_uleb (lenbuf, body.len);
  h = fnv_update (FNV_BASIS, head.data, head.len);
  h = fnv_update (h, lenbuf, lenlen);
  h = fnv_update (h, body.data, body.len);
  f->hash = h;

  xir_buf_put (b, head.data, head.len);
  put_fixed (b, h, 8);
  xir_buf_put (b, lenbuf, lenlen);
  xir_buf_put (b, body.data, body.len);
  xir_buf_free (&head);
  xir_buf_free (&body);
}

void
xir_encode_meta (xir_buf *b, const xir_meta *m)
{
  put_str (b, m->producer);
  put_str (b, m->target);
  put_uleb (b, m->semflags);
  put_uleb (b, m->flavour);
  put_str (b, m->source);
  put_fixed (b, m->source_hash, 8);
  put_uleb (b, m->ndeps);
  for (uint32_t i = 0; i < m->ndeps; i++)
    {
      put_str (b, m->deps[i].path);
      put_fixed (b, m->deps[i].hash, 8);
    }
}

void
xir_encode_unit (xir_buf *b, const xir_meta *m, xir_func **fs, uint32_t n)
{
  size_t at;
  uint32_t i;
  xir_buf_put (b, XIR_UNIT_MAGIC, 4);
  put_uleb (b, XIR_VERSION);
  at = b->len;
  put_fixed (b, 0, 4);          /* payload length, patched below */
  xir_encode_meta (b, m);
  put_uleb (b, n);
  for (i = 0; i < n; i++)
    xir_encode_func (b, fs[i]);
  {
    size_t plen = b->len - at - 4;
    unsigned k;
    for (k = 0; k < 4; k++)
      b->data[at + k] = (unsigned char) (plen >> (8 * k));
  }
}

/* ---- decoding primitives ------------------------------------------------- */

/* Sentinel for "ran out of bytes"; record decoders replace it by a message
   naming the record ("truncated function record").  */
static const char E_TRUNC[] = "truncated";

/* Formats a message into one of a few static buffers, so that a message
   survives the next few errors.  */
static const char *
fmt_err (const char *fmt, ...)
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
static void
rd_fail (xir_reader *r, const char *msg)
{
  if (!r->err)
    r->err = msg;
  r->p = r->end;
}

static size_t
rd_left (const xir_reader *r)
{
  return (size_t) (r->end - r->p);
}

/* Replaces a pending truncation error by WHAT.  */
static void
rd_name_trunc (xir_reader *r, const char *what)
{
  if (r->err == E_TRUNC)
    r->err = what;
}

static uint64_t
rd_uleb (xir_reader *r)
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
          rd_fail (r, E_TRUNC);
          return 0;
        }
      c = *r->p++;
      if (shift == 63 && (c & 0xfe))
        {
          rd_fail (r, "varint overflows 64 bits");
          return 0;
        }
      v |= (uint64_t) (c & 0x7f) << shift;
      if (!(c & 0x80))
        break;
      shift += 7;
    }
  if ((size_t) (r->p - start) != uleb_len (v))
    {
      rd_fail (r, "non-canonical varint");
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
          rd_fail (r, E_TRUNC);
          return 0;
        }
      c = *r->p++;
      /* The 10th byte holds bit 63; its other bits must repeat it.  */
      if (shift == 63 && c != 0 && c != 0x7f)
        {
          rd_fail (r, "varint overflows 64 bits");
          return 0;
        }
      v |= (uint64_t) (c & 0x7f) << shift;
      shift += 7;
      if (!(c & 0x80))
        break;
    }
  if (shift < 64 && (c & 0x40))
    v |= ~(uint64_t) 0 << shift;
  if ((size_t) (r->p - start) != sleb_len ((int64_t) v))
    {
      rd_fail (r, "non-canonical varint");
      return 0;
    }
  return (int64_t) v;
}

/* A ULEB128 value that must not exceed MAX; WHAT names it in the error.  */
static uint64_t
rd_max (xir_reader *r, uint64_t max, const char *what)
{
  uint64_t v = rd_uleb (r);
  if (!r->err && v > max)
    {
      rd_fail (r, fmt_err ("bad %s %llu", what, (unsigned long long) v));
      return 0;
    }
  return v;
}

static uint32_t
rd_u32 (xir_reader *r, const char *what)
{
  return (uint32_t) rd_max (r, UINT32_MAX, what);
}

/* An element count: at most XIR_MAX_COUNT, and no more elements than the
   remaining bytes can hold at MIN bytes each.  */
static uint32_t
rd_count (xir_reader *r, size_t min, const char *what)
{
  uint64_t v = rd_uleb (r);
  if (r->err)
    return 0;
  if (v > XIR_MAX_COUNT)
    {
      rd_fail (r, fmt_err ("too many %s (%llu)", what, (unsigned long long) v));
      return 0;
    }
  if (v > rd_left (r) / min)
    {
      rd_fail (r, E_TRUNC);
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
  uint64_t n = rd_uleb (r);
  *len = 0;
  if (r->err)
    return NULL;
  if (n > XIR_MAX_BYTES)
    {
      rd_fail (r, "string or blob too long");
      return NULL;
    }
  if (n > rd_left (r))
    {
      rd_fail (r, E_TRUNC);
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
      rd_fail (r, "string contains a NUL byte");
      return NULL;
    }
  s = (char *) x_realloc (NULL, n + 1, 1);
  memcpy (s, p, n);
  s[n] = 0;
  return s;
}

static uint64_t
rd_fixed (xir_reader *r, unsigned n)
{
  uint64_t v = 0;
  unsigned i;
  if (r->err)
    return 0;
  if (rd_left (r) < n)
    {
      rd_fail (r, E_TRUNC);
      return 0;
    }
  for (i = 0; i < n; i++)
    v |= (uint64_t) r->p[i] << (8 * i);
  r->p += n;
  return v;
}

/* ---- decoding a function -------------------------------------------------- */

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
  xir_call *c = (xir_call *) x_calloc (1, sizeof *c);
  uint32_t n, i;
  s->call = c;          /* owned by the statement from now on */
  c->kind = (uint8_t) rd_max (r, XIR_C_BUILTIN, "call kind");
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      c->sym = rd_u32 (r, "call symbol");
      break;
    case XIR_C_INDIRECT:
      rd_operand (r, &c->target);
      break;
    default:
      c->builtin = rd_u32 (r, "builtin code");
      c->bname = rd_str (r);
      break;
    }
  c->sig = rd_u32 (r, "call signature");
  c->flags = (uint8_t) rd_max (r, XIR_CF_NORETURN | XIR_CF_NOTHROW,
                               "call flags");
  n = rd_count (r, MIN_OPERAND, "call arguments");
  if (r->err)
    return;
  c->args = (xir_operand *) x_calloc (n, sizeof *c->args);
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

static void
rd_asm_op (xir_reader *r, xir_asm_op *op, int output)
{
  op->reg = -1;
  op->constraint = rd_str (r);
  op->name = rd_opt_str (r);
  op->is_mem = (uint8_t) rd_max (r, 1, "asm memory flag");
  if (r->err)
    return;
  if (op->is_mem)
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
  uint32_t c = rd_count (r, min, what);
  void *p;
  if (r->err)
    return NULL;
  p = x_calloc (c, elt);
  *n = c;
  return p;
}

static void
rd_asm (xir_reader *r, xir_stmt *s)
{
  xir_asm *a = (xir_asm *) x_calloc (1, sizeof *a);
  uint32_t i;
  s->asm_ = a;          /* owned by the statement from now on */
  a->templ = rd_str (r);
  a->flags = (uint8_t) rd_max (r, ASM_FLAGS_ALL, "asm flags");
  a->outs = (xir_asm_op *) rd_array (r, MIN_ASM_OP, sizeof *a->outs,
                                     &a->nout, "asm outputs");
  for (i = 0; i < a->nout && !r->err; i++)
    rd_asm_op (r, &a->outs[i], 1);
  a->ins = (xir_asm_op *) rd_array (r, MIN_ASM_OP, sizeof *a->ins, &a->nin,
                                    "asm inputs");
  for (i = 0; i < a->nin && !r->err; i++)
    rd_asm_op (r, &a->ins[i], 0);
  a->clobbers = (char **) rd_array (r, 1, sizeof (char *), &a->nclob,
                                    "asm clobbers");
  for (i = 0; i < a->nclob && !r->err; i++)
    a->clobbers[i] = rd_str (r);
  a->labels = (uint32_t *) rd_array (r, MIN_LABEL, sizeof (uint32_t),
                                     &a->nlabels, "asm labels");
  if (r->err)
    return;
  a->label_names = (char **) x_calloc (a->nlabels, sizeof (char *));
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
        rd_fail (r, fmt_err ("bad opcode %u", (unsigned) s->op));
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
        rd_fail (r, fmt_err ("bad comparison %u", (unsigned) t->cmp));
      rd_operand (r, &t->a);
      rd_operand (r, &t->b);
      t->succ[0] = rd_u32 (r, "branch target");
      t->succ[1] = rd_u32 (r, "branch target");
      break;
    case XIR_K_SWITCH:
      rd_operand (r, &t->a);
      t->succ[0] = rd_u32 (r, "branch target");
      n = rd_count (r, MIN_CASE, "switch cases");
      if (r->err)
        return;
      t->cases = (xir_case *) x_calloc (n, sizeof *t->cases);
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
  n = rd_count (r, MIN_TYPE, "parameters");
  if (r->err)
    return;
  s->params = (xir_type *) x_calloc (n, sizeof *s->params);
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
      s->flags = (uint8_t) rd_max (r, XIR_CF_NORETURN | XIR_CF_NOTHROW,
                                   "symbol flags");
    }
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
      p->data = (unsigned char *) x_memdup (d, n);
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
  f->blocks = (xir_block *) rd_table (r, MIN_BLOCK, sizeof (xir_block),
                                      &f->nblocks, &f->capblocks, "blocks");
  for (i = 0; i < f->nblocks && !r->err; i++)
    {
      xir_block *bl = &f->blocks[i];
      bl->stmts = (xir_stmt *) rd_table (r, MIN_STMT, sizeof (xir_stmt),
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
  f->sigs = (xir_sig *) rd_table (r, MIN_SIG, sizeof (xir_sig), &f->nsigs,
                                  &f->capsigs, "signatures");
  for (i = 0; i < f->nsigs && !r->err; i++)
    rd_sig (r, &f->sigs[i]);
  f->syms = (xir_sym *) rd_table (r, MIN_SYM, sizeof (xir_sym), &f->nsyms,
                                  &f->capsyms, "symbols");
  for (i = 0; i < f->nsyms && !r->err; i++)
    rd_sym (r, &f->syms[i]);
  f->pool = (xir_pool *) rd_table (r, MIN_POOL, sizeof (xir_pool), &f->npool,
                                   &f->cappool, "pool entries");
  for (i = 0; i < f->npool && !r->err; i++)
    rd_pool (r, &f->pool[i]);
  f->regs = (xir_type *) rd_table (r, MIN_TYPE, sizeof (xir_type), &f->nregs,
                                   &f->capregs, "registers");
  for (i = 0; i < f->nregs && !r->err; i++)
    rd_type (r, &f->regs[i]);
  f->slots = (xir_slot *) rd_table (r, MIN_SLOT, sizeof (xir_slot),
                                    &f->nslots, &f->capslots, "slots");
  for (i = 0; i < f->nslots && !r->err; i++)
    rd_slot (r, &f->slots[i]);
  rd_blocks (r, f);
}

/* The fixed part of a function record.  */
struct func_head {
  char *name;
  uint32_t nstmts;
  uint64_t hash;
  const unsigned char *rec;       /* the record starts here */
  const unsigned char *body;      /* and ends at body + body_len */
  size_t body_len;
};

/* Reads the head of a function record and skips its body, checking the
   hash.  On error returns -1 with R->err set and nothing allocated.  */
static int
rd_func_head (xir_reader *r, struct func_head *h)
{
  const unsigned char *hpos;
  uint64_t len;
  memset (h, 0, sizeof *h);
  if (r->err)
    return -1;
  h->rec = r->p;
  h->name = rd_str (r);
  if (h->name && !h->name[0])
    rd_fail (r, "function record without name");
  h->nstmts = rd_u32 (r, "statement count");
  hpos = r->p;
  h->hash = rd_fixed (r, 8);
  len = rd_uleb (r);
  if (!r->err && len > XIR_MAX_BYTES)
    rd_fail (r, "function body too long");
  if (!r->err && len > rd_left (r))
    rd_fail (r, E_TRUNC);
  if (r->err)
    {
      rd_name_trunc (r, "truncated function record");
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
    uint64_t sum = fnv_update (FNV_BASIS, h->rec, (size_t) (hpos - h->rec));
    sum = fnv_update (sum, hpos + 8, (size_t) (r->p - (hpos + 8)));
    if (sum != h->hash)
      {
        rd_fail (r, "function record hash mismatch");
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
  struct func_head h;
  xir_reader br;
  xir_func *f;
  uint64_t total = 0;
  uint32_t i;
  const char *e;

  if (rd_func_head (r, &h) < 0)
    return NULL;
  f = (xir_func *) x_calloc (1, sizeof *f);
  f->name = h.name;
  f->hash = h.hash;
  f->nstmts_total = h.nstmts;
  br.p = h.body;
  br.end = h.body + h.body_len;
  br.err = NULL;
  rd_body (&br, f);
  rd_name_trunc (&br, "truncated function body");
  if (!br.err && br.p != br.end)
    br.err = "trailing bytes in function body";
  if (br.err)
    {
      rd_fail (r, br.err);
      xir_func_free (f);
      return NULL;
    }
  for (i = 0; i < f->nblocks; i++)
    total += f->blocks[i].nstmts;
  e = total != h.nstmts ? "statement count does not match the body"
                        : xir_func_check (f, NULL);
  if (e)
    {
      rd_fail (r, e);
      xir_func_free (f);
      return NULL;
    }
  return f;
}

/* ---- metadata ------------------------------------------------------------ */

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
  v = rd_uleb (r);
  if (!r->err && v > SEM_ALL)
    rd_fail (r, fmt_err ("unknown semflags 0x%llx", (unsigned long long) v));
  m->semflags = (uint32_t) v;
  m->flavour = (uint8_t) rd_max (r, XIR_FLAVOUR_MODULE, "flavour");
  m->source = rd_str (r);
  m->source_hash = rd_fixed (r, 8);
  /* Each dependency takes at least a length byte and 8 hash bytes.  */
  m->ndeps = rd_count (r, 9, "dependencies");
  if (!r->err && m->ndeps)
    m->deps = (xir_dep *) x_calloc (m->ndeps, sizeof *m->deps);
  for (uint32_t i = 0; i < m->ndeps && !r->err; i++)
    {
      m->deps[i].path = rd_str (r);
      m->deps[i].hash = rd_fixed (r, 8);
      if (r->err)
        break;
      if (!m->deps[i].path[0] || !m->deps[i].hash)
        rd_fail (r, "empty dependency");
      else if (i && strcmp (m->deps[i - 1].path, m->deps[i].path) >= 0)
        rd_fail (r, "dependencies out of order");
    }
  if (r->err)
    {
      rd_name_trunc (r, "truncated metadata");
      xir_meta_free (m);
      return -1;
    }
  return 0;
}

static void
meta_copy (xir_meta *d, const xir_meta *s)
{
  d->producer = x_strdup (s->producer ? s->producer : "");
  d->target = x_strdup (s->target ? s->target : "");
  d->semflags = s->semflags;
  d->flavour = s->flavour;
  d->source = x_strdup (s->source ? s->source : "");
  d->source_hash = s->source_hash;
  d->ndeps = s->ndeps;
  d->deps = s->ndeps ? (xir_dep *) x_calloc (s->ndeps, sizeof *d->deps) : NULL;
  for (uint32_t i = 0; i < s->ndeps; i++)
    {
      d->deps[i].path = x_strdup (s->deps[i].path);
      d->deps[i].hash = s->deps[i].hash;
    }
}

static int
strcmp0 (const char *a, const char *b)
{
  return strcmp (a ? a : "", b ? b : "");
}

static int
meta_cmp (const xir_meta *a, const xir_meta *b)
{
  int c;
  if ((c = strcmp0 (a->producer, b->producer))
      || (c = strcmp0 (a->target, b->target))
      || (c = strcmp0 (a->source, b->source)))
    return c;
  if (a->semflags != b->semflags)
    return a->semflags < b->semflags ? -1 : 1;
  if (a->flavour != b->flavour)
    return a->flavour < b->flavour ? -1 : 1;
  if (a->source_hash != b->source_hash)
    return a->source_hash < b->source_hash ? -1 : 1;
  if (a->ndeps != b->ndeps)
    return a->ndeps < b->ndeps ? -1 : 1;
  for (uint32_t i = 0; i < a->ndeps; i++)
    {
      if ((c = strcmp (a->deps[i].path, b->deps[i].path)))
        return c;
      if (a->deps[i].hash != b->deps[i].hash)
        return a->deps[i].hash < b->deps[i].hash ? -1 : 1;
    }
  return 0;
}

/* ---- the DB ---------------------------------------------------------------- */

static int
key_cmp (const char *name, uint8_t flavour, const xir_entry *e)
{
  int c = strcmp (name, e->name);
  if (c)
    return c;
  return flavour == e->meta.flavour ? 0 : flavour < e->meta.flavour ? -1 : 1;
}

/* Total order on entries: (name, flavour), then everything else, so that
   sorting is deterministic whatever order the entries came in.  */
static int
entry_cmp (const void *pa, const void *pb)
{
  const xir_entry *a = (const xir_entry *) pa, *b = (const xir_entry *) pb;
  int c = key_cmp (a->name, a->meta.flavour, b);
  if (c || (c = meta_cmp (&a->meta, &b->meta)))
    return c;
  if (a->body_len != b->body_len)
    return a->body_len < b->body_len ? -1 : 1;
  return a->body_len ? memcmp (a->body, b->body, a->body_len) : 0;
}

static void
entry_free (xir_entry *e)
{
  xir_meta_free (&e->meta);
  free (e->name);
  free (e->body);
  memset (e, 0, sizeof *e);
}

/* Appends an entry; takes ownership of NAME, copies META and the record.  */
static const char *
db_add (xir_db *db, const xir_meta *meta, struct func_head *h)
{
  xir_entry *e;
  if (db->n >= XIR_MAX_COUNT)
    {
      free (h->name);
      h->name = NULL;
      return "too many DB entries";
    }
  db->e = (xir_entry *) grow (db->e, &db->cap, db->n, sizeof *e);
  e = &db->e[db->n++];
  meta_copy (&e->meta, meta);
  e->name = h->name;
  h->name = NULL;
  e->nstmts = h->nstmts;
  e->hash = h->hash;
  e->body_len = (size_t) (h->body + h->body_len - h->rec);
  e->body = (unsigned char *) x_memdup (h->rec, e->body_len);
  return NULL;
}

int
xir_sniff (const unsigned char *data, size_t len)
{
  size_t i = 0;
  if (len >= 7 && !memcmp (data, XIR_DB_MAGIC, 7))
    return 1;
  while (i < len && !data[i])
    i++;
  if (len - i >= 4 && !memcmp (data + i, XIR_UNIT_MAGIC, 4))
    return 2;
  return 0;
}

static const char *
version_error (uint64_t v)
{
  return fmt_err ("IR format version %llu, this build reads version %d",
                  (unsigned long long) v, XIR_VERSION);
}

/* The payload of one unit: metadata, then functions.  */
static const char *
parse_unit_payload (xir_db *db, xir_reader *r)
{
  xir_meta m;
  struct func_head h;
  const char *e = NULL;
  uint32_t n, i;
  if (xir_decode_meta (r, &m) < 0)
    return r->err;
  n = rd_count (r, MIN_FUNC, "functions in unit");
  for (i = 0; i < n && !r->err && !e; i++)
    if (rd_func_head (r, &h) == 0)
      e = db_add (db, &m, &h);
  xir_meta_free (&m);
  if (e)
    return e;
  rd_name_trunc (r, "truncated unit");
  if (!r->err && r->p != r->end)
    return "trailing bytes in unit";
  return r->err;
}

static const char *
parse_units (xir_db *db, const unsigned char *data, size_t len)
{
  size_t i = 0;
  for (;;)
    {
      xir_reader r, pr;
      uint64_t ver;
      uint32_t plen;
      const char *e;
      while (i < len && !data[i])
        i++;                    /* padding between sections */
      if (i == len)
        return NULL;
      if (len - i < 4 || memcmp (data + i, XIR_UNIT_MAGIC, 4))
        return i ? "garbage between units" : "not an xinline unit or DB";
      r.p = data + i + 4;
      r.end = data + len;
      r.err = NULL;
      ver = rd_uleb (&r);
      if (!r.err && ver != XIR_VERSION)
        return version_error (ver);
      plen = (uint32_t) rd_fixed (&r, 4);
      if (r.err)
        return r.err == E_TRUNC ? "truncated unit header" : r.err;
      if (plen > rd_left (&r))
        return "truncated unit";
      pr.p = r.p;
      pr.end = r.p + plen;
      pr.err = NULL;
      if ((e = parse_unit_payload (db, &pr)))
        return e;
      i = (size_t) (pr.end - data);
    }
}

static const char *
parse_xdb (xir_db *db, const unsigned char *data, size_t len)
{
  xir_reader r;
  xir_meta m;
  struct func_head h;
  const char *e = NULL;
  uint32_t n, i;
  if (len < 8)
    return "truncated DB header";
  if (data[7] != XIR_VERSION)
    return version_error (data[7]);
  r.p = data + 8;
  r.end = data + len;
  r.err = NULL;
  n = rd_count (&r, MIN_ENTRY, "DB entries");
  for (i = 0; i < n && !r.err && !e; i++)
    {
      if (xir_decode_meta (&r, &m) < 0)
        break;
      if (rd_func_head (&r, &h) == 0)
        {
          /* Strictly increasing (name, flavour): sorted, no duplicates.  */
          if (i && key_cmp (h.name, m.flavour, &db->e[db->n - 1]) <= 0)
            {
              free (h.name);
              e = "DB entries out of order";
            }
          else
            e = db_add (db, &m, &h);
        }
      xir_meta_free (&m);
    }
  if (e)
    return e;
  rd_name_trunc (&r, "truncated DB");
  if (!r.err && r.p != r.end)
    return "trailing bytes after DB";
  return r.err;
}

/* Is DB sorted by entry_cmp from index FROM - 1 on?  */
static int
db_sorted_from (const xir_db *db, uint32_t from)
{
  uint32_t i;
  for (i = from ? from : 1; i < db->n; i++)
    if (entry_cmp (&db->e[i - 1], &db->e[i]) > 0)
      return 0;
  return 1;
}

/* Parsing and merging keep DB sorted (duplicates allowed), so that
   xir_db_find works on any DB.  */
static void
db_resort (xir_db *db, uint32_t old_n)
{
  if (!db_sorted_from (db, old_n))
    qsort (db->e, db->n, sizeof *db->e, entry_cmp);
}

int
xir_db_parse (xir_db *db, const unsigned char *data, size_t len,
              const char **err)
{
  uint32_t old_n = db->n;
  const char *e;
  if (!data)
    len = 0;
  if (xir_sniff (data, len) == 1)
    e = parse_xdb (db, data, len);
  else
    e = parse_units (db, data, len);
  db_resort (db, old_n);
  if (e)
    {
      if (err)
        *err = e;
      return -1;
    }
  return 0;
}

int
xir_db_merge (xir_db *db, const xir_db *src, const char **err)
{
  uint32_t i, n = src->n, old_n = db->n;
  if (n > XIR_MAX_COUNT - db->n)
    {
      if (err)
        *err = "too many DB entries";
      return -1;
    }
  for (i = 0; i < n; i++)
    {
      xir_entry *e;
      db->e = (xir_entry *) grow (db->e, &db->cap, db->n, sizeof *e);
      e = &db->e[db->n];
      /* (src->e is re-read after the grow in case SRC == DB.)  */
      meta_copy (&e->meta, &src->e[i].meta);
      e->name = x_strdup (src->e[i].name);
      e->nstmts = src->e[i].nstmts;
      e->hash = src->e[i].hash;
      e->body_len = src->e[i].body_len;
      e->body = (unsigned char *) x_memdup (src->e[i].body, e->body_len);
      db->n++;
    }
  db_resort (db, old_n);
  return 0;
}

int
xir_db_finish (xir_db *db, const char **err, const char **dup)
{
  uint32_t i, j = 0;
  if (db->n > 1)
    qsort (db->e, db->n, sizeof *db->e, entry_cmp);
  for (i = 0; i < db->n; i++)
    {
      if (j && !key_cmp (db->e[i].name, db->e[i].meta.flavour, &db->e[j - 1]))
        {
          if (!entry_cmp (&db->e[i], &db->e[j - 1]))
            {
              entry_free (&db->e[i]);   /* identical: keep one */
              continue;
            }
          /* Conflict: keep everything (still sorted) and report.  */
          memmove (&db->e[j], &db->e[i], (db->n - i) * sizeof *db->e);
          db->n = j + (db->n - i);
          if (err)
            *err = "conflicting definitions of a helper";
          if (dup)
            *dup = db->e[j].name;
          return -1;
        }
      db->e[j++] = db->e[i];
    }
  db->n = j;
  return 0;
}

void
xir_db_encode (xir_buf *b, const xir_db *db)
{
  unsigned char v = XIR_VERSION;
  uint32_t i;
  xir_buf_put (b, XIR_DB_MAGIC, 7);
  xir_buf_put (b, &v, 1);
  put_uleb (b, db->n);
  for (i = 0; i < db->n; i++)
    {
      xir_encode_meta (b, &db->e[i].meta);
      xir_buf_put (b, db->e[i].body, db->e[i].body_len);
    }
}

const xir_entry *
xir_db_find (const xir_db *db, const char *name, uint8_t flavour)
{
  uint32_t lo = 0, hi = db->n;
  /* First entry with key >= (NAME, FLAVOUR).  */
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (key_cmp (name, flavour, &db->e[mid]) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < db->n && !key_cmp (name, flavour, &db->e[lo]))
    return &db->e[lo];
  return NULL;
}

void
xir_db_free (xir_db *db)
{
  uint32_t i;
  for (i = 0; i < db->n; i++)
    entry_free (&db->e[i]);
  free (db->e);
  db->e = NULL;
  db->n = db->cap = 0;
}

xir_func *
xir_entry_decode (const xir_entry *e, const char **err)
{
  xir_reader r;
  xir_func *f;
  r.p = e->body;
  r.end = e->body + e->body_len;
  r.err = NULL;
  f = xir_decode_func (&r);
  if (f && r.p != r.end)
    r.err = "trailing bytes after function record";
  else if (f && strcmp (f->name, e->name))
    r.err = "DB entry name differs from its function";
  else if (f)
    return f;
  xir_func_free (f);
  if (err)
    *err = r.err;
  return NULL;
}

/* ---- printing ------------------------------------------------------------ */

void
xir_print_type (FILE *out, const xir_type *t)
{
  switch (t->kind)
    {
    case XIR_T_VOID:
      fputs ("void", out);
      return;
    case XIR_T_INT:
      fprintf (out, "%c%u", t->uns ? 'u' : 'i', t->prec);
      if (t->prec != t->size * 8)
        fprintf (out, "(%u)", t->size);
      break;
    case XIR_T_BOOL:
      fputs ("bool", out);
      if (t->prec != 1 || t->size != 1)
        fprintf (out, "%u(%u)", t->prec, t->size);
      break;
    case XIR_T_PTR:
      fprintf (out, "ptr%u", t->prec);
      if (t->prec != t->size * 8)
        fprintf (out, "(%u)", t->size);
      break;
    case XIR_T_BLOB:
      fprintf (out, "blob%u", t->size);
      break;
    default:
      fprintf (out, "?type%u", t->kind);
      return;
    }
  if (t->as)
    fprintf (out, "@as%u", t->as);
}

static void
print_off (FILE *out, int64_t off)
{
  if (off > 0)
    fprintf (out, "+%lld", (long long) off);
  else if (off < 0)
    fprintf (out, "-%llu", (unsigned long long) -(uint64_t) off);
}

/* A value of a scalar type: signed decimal for signed integers (SGN 1),
   unsigned decimal for small unsigned ones, hex otherwise or for
   pointers (SGN 2).  */
static void
print_value (FILE *out, uint64_t v, int sgn)
{
  if (sgn == 1)
    fprintf (out, "%lld", (long long) (int64_t) v);
  else if (v < 65536 && sgn != 2)
    fprintf (out, "%llu", (unsigned long long) v);
  else
    fprintf (out, "0x%llx", (unsigned long long) v);
}

static void
print_operand (FILE *out, const xir_func *f, const xir_operand *o)
{
  switch (o->kind)
    {
    case XIR_O_NONE:
      fputs ("-", out);
      break;
    case XIR_O_REG:
      fprintf (out, "r%u", o->idx);
      break;
    case XIR_O_CONST:
      xir_print_type (out, &o->type);
      fputc (' ', out);
      print_value (out, o->val, o->type.kind == XIR_T_PTR ? 2
                                : o->type.kind == XIR_T_INT && !o->type.uns);
      break;
    case XIR_O_SYM:
      if (o->idx < f->nsyms && f->syms[o->idx].name)
        fprintf (out, "@%s", f->syms[o->idx].name);
      else
        fprintf (out, "@#%u", o->idx);
      print_off (out, o->off);
      break;
    case XIR_O_SLOT:
      fprintf (out, "%%%u", o->idx);
      print_off (out, o->off);
      break;
    case XIR_O_POOL:
      fprintf (out, "$%u", o->idx);
      print_off (out, o->off);
      break;
    default:
      fprintf (out, "?operand%u", o->kind);
      break;
    }
}

static void
print_mem (FILE *out, const xir_func *f, const xir_mem *m)
{
  unsigned i;
  if (m->flags & XIR_M_VOLATILE)
    fputs ("volatile ", out);
  xir_print_type (out, &m->type);
  fputs (" [", out);
  print_operand (out, f, &m->base);
  if (m->off)
    fprintf (out, " %c %llu", m->off < 0 ? '-' : '+',
             (unsigned long long) (m->off < 0 ? -(uint64_t) m->off
                                              : (uint64_t) m->off));
  for (i = 0; i < m->nidx && i < XIR_MAX_INDEX; i++)
    fprintf (out, " + r%u*%lld", m->idx[i].reg, (long long) m->idx[i].scale);
  fprintf (out, "] align %u", m->align);
  if (m->as)
    fprintf (out, " as%u", m->as);
}

static void
print_call (FILE *out, const xir_func *f, const xir_call *c)
{
  uint32_t i;
  fputs ("call ", out);
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      if (c->sym < f->nsyms && f->syms[c->sym].name)
        fprintf (out, "@%s", f->syms[c->sym].name);
      else
        fprintf (out, "@#%u", c->sym);
      break;
    case XIR_C_INDIRECT:
      fputc ('*', out);
      print_operand (out, f, &c->target);
      break;
    default:
      fprintf (out, "builtin %s#%u", c->bname ? c->bname : "?", c->builtin);
      break;
    }
  fputs (" (", out);
  for (i = 0; i < c->nargs; i++)
    {
      if (i)
        fputs (", ", out);
      print_operand (out, f, &c->args[i]);
    }
  fprintf (out, ") s%u", c->sig);
  if (c->flags & XIR_CF_NORETURN)
    fputs (" noreturn", out);
  if (c->flags & XIR_CF_NOTHROW)
    fputs (" nothrow", out);
}

/* BYTES..LEN as a C string literal.  */
static void
print_escaped (FILE *out, const unsigned char *p, size_t len)
{
  size_t i;
  fputc ('"', out);
  for (i = 0; i < len; i++)
    {
      unsigned char c = p[i];
      if (c == '"' || c == '\\')
        fprintf (out, "\\%c", c);
      else if (c >= 0x20 && c < 0x7f)
        fputc (c, out);
      else if (c == '\n')
        fputs ("\\n", out);
      else if (c == '\t')
        fputs ("\\t", out);
      else
        fprintf (out, "\\%03o", c);
    }
  fputc ('"', out);
}

static void
print_cstr (FILE *out, const char *s)
{
  if (s)
    print_escaped (out, (const unsigned char *) s, strlen (s));
  else
    fputs ("(null)", out);
}

static void
print_asm_ops (FILE *out, const xir_func *f, const xir_asm_op *ops,
               uint32_t n, int output)
{
  uint32_t i;
  for (i = 0; i < n; i++)
    {
      const xir_asm_op *op = &ops[i];
      fputs (i ? ", " : " ", out);
      if (op->name)
        fprintf (out, "[%s] ", op->name);
      print_cstr (out, op->constraint);
      fputs (" (", out);
      if (op->is_mem)
        print_mem (out, f, &op->mem);
      else if (output)
        fprintf (out, "r%d", (int) op->reg);
      else
        print_operand (out, f, &op->val);
      fputc (')', out);
    }
}

/* GNU C syntax: asm volatile ("templ" : outs : ins : clobbers : labels).  */
static void
print_asm (FILE *out, const xir_func *f, const xir_asm *a)
{
  uint32_t i;
  fputs ("asm", out);
  if (a->flags & XIR_ASM_VOLATILE)
    fputs (" volatile", out);
  if (a->flags & XIR_ASM_INLINE)
    fputs (" inline", out);
  if (a->flags & XIR_ASM_BASIC)
    fputs (" basic", out);
  fputs (" (", out);
  print_cstr (out, a->templ);
  if (a->nout || a->nin || a->nclob || a->nlabels)
    {
      fputs (" :", out);
      print_asm_ops (out, f, a->outs, a->nout, 1);
      fputs (" :", out);
      print_asm_ops (out, f, a->ins, a->nin, 0);
      if (a->nclob || a->nlabels)
        fputs (" :", out);
      for (i = 0; i < a->nclob; i++)
        {
          fputs (i ? ", " : " ", out);
          print_cstr (out, a->clobbers[i]);
        }
      if (a->nlabels)
        fputs (" :", out);
      for (i = 0; i < a->nlabels; i++)
        {
          fputs (i ? ", " : " ", out);
          if (a->label_names && a->label_names[i])
            fprintf (out, "[%s] ", a->label_names[i]);
          fprintf (out, "b%u", a->labels[i]);
        }
    }
  fputc (')', out);
}

static void
print_stmt (FILE *out, const xir_func *f, const xir_stmt *s)
{
  unsigned i;
  fputs ("  ", out);
  if (s->dst >= 0)
    fprintf (out, "r%d = ", (int) s->dst);
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      fputs (xir_op_name (s->op), out);
      for (i = 0; i < s->nops && i < XIR_MAX_OPS; i++)
        {
          fputs (i ? ", " : " ", out);
          print_operand (out, f, &s->ops[i]);
        }
      break;
    case XIR_S_LOAD:
      fputs ("load ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_STORE:
      fputs ("store ", out);
      print_mem (out, f, &s->mem[0]);
      fputs (", ", out);
      print_operand (out, f, &s->ops[0]);
      break;
    case XIR_S_COPY:
      fputs ("copy ", out);
      print_mem (out, f, &s->mem[0]);
      fputs (", ", out);
      print_mem (out, f, &s->mem[1]);
      break;
    case XIR_S_ZERO:
      fputs ("zero ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_ADDR:
      fputs ("addr ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_CALL:
      if (s->call)
        print_call (out, f, s->call);
      else
        fputs ("call ?", out);
      break;
    case XIR_S_ASM:
      if (s->asm_)
        print_asm (out, f, s->asm_);
      else
        fputs ("asm ?", out);
      break;
    default:
      fprintf (out, "?stmt%u", s->kind);
      break;
    }
  fputc ('\n', out);
}

static void
print_term (FILE *out, const xir_func *f, const xir_term *t)
{
  uint32_t i;
  int sgn;
  fputs ("  ", out);
  switch (t->kind)
    {
    case XIR_K_GOTO:
      fprintf (out, "goto b%u", t->succ[0]);
      break;
    case XIR_K_COND:
      fputs ("if ", out);
      print_operand (out, f, &t->a);
      fprintf (out, " %s ", xir_op_name (t->cmp));
      print_operand (out, f, &t->b);
      fprintf (out, " then b%u else b%u", t->succ[0], t->succ[1]);
      break;
    case XIR_K_SWITCH:
      fputs ("switch ", out);
      print_operand (out, f, &t->a);
      fputs (" [", out);
      sgn = operand_signed (f, &t->a);
      for (i = 0; i < t->ncases; i++)
        {
          fputs (i ? ", " : "", out);
          print_value (out, t->cases[i].lo, sgn);
          if (t->cases[i].hi != t->cases[i].lo)
            {
              fputs ("..", out);
              print_value (out, t->cases[i].hi, sgn);
            }
          fprintf (out, ": b%u", t->cases[i].succ);
        }
      fprintf (out, "] default b%u", t->succ[0]);
      break;
    case XIR_K_RETURN:
      fputs ("return", out);
      if (t->a.kind != XIR_O_NONE)
        {
          fputc (' ', out);
          print_operand (out, f, &t->a);
        }
      break;
    case XIR_K_UNREACHABLE:
      fputs ("unreachable", out);
      break;
    case XIR_K_UNSET:
      fputs ("(no terminator)", out);
      break;
    default:
      fprintf (out, "?term%u", t->kind);
      break;
    }
  fputc ('\n', out);
}

static void
print_sig (FILE *out, const xir_sig *s)
{
  uint32_t i;
  fputc ('(', out);
  for (i = 0; i < s->nparams; i++)
    {
      if (i)
        fputs (", ", out);
      xir_print_type (out, &s->params[i]);
    }
  if (s->varargs)
    fputs (s->nparams ? ", ..." : "...", out);
  fputs (") -> ", out);
  xir_print_type (out, &s->ret);
}

static void
print_pool (FILE *out, const xir_pool *p)
{
  uint32_t i;
  fprintf (out, " %s align %u len %u ",
           p->kind == XIR_POOL_STRING ? "string"
           : p->kind == XIR_POOL_RODATA ? "rodata" : "static", p->align,
           p->len);
  if (p->kind == XIR_POOL_STRING)
    {
      print_escaped (out, p->data, p->len);
      return;
    }
  for (i = 0; i < p->len; i++)
    fprintf (out, "%s%02x", i ? " " : "", p->data[i]);
}

static void
print_tables (FILE *out, const xir_func *f)
{
  uint32_t i;
  for (i = 0; i < f->nsigs; i++)
    {
      fprintf (out, "  sig s%u ", i);
      print_sig (out, &f->sigs[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nsyms; i++)
    {
      const xir_sym *s = &f->syms[i];
      fprintf (out, "  sym @%s ", s->name ? s->name : "?");
      if (s->kind == XIR_SYM_FUNC)
        fprintf (out, "func s%u%s%s\n", s->sig,
                 s->flags & XIR_CF_NORETURN ? " noreturn" : "",
                 s->flags & XIR_CF_NOTHROW ? " nothrow" : "");
      else
        fputs ("var\n", out);
    }
  for (i = 0; i < f->npool; i++)
    {
      fprintf (out, "  pool $%u", i);
      print_pool (out, &f->pool[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nregs; i++)
    {
      fprintf (out, "  reg r%u ", i);
      xir_print_type (out, &f->regs[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nslots; i++)
    {
      const xir_slot *s = &f->slots[i];
      fprintf (out, "  slot %%%u size %u align %u", i, s->size, s->align);
      if (s->flags & XIR_SL_VOLATILE)
        fputs (" volatile", out);
      if (s->param >= 0)
        fprintf (out, " param %d", (int) s->param);
      fputc ('\n', out);
    }
}

/* The text form: the function line, its tables, then the blocks.  */
void
xir_print_func (FILE *out, const xir_func *f)
{
  uint32_t i, j;
  fprintf (out, "func @%s s%u", f->name ? f->name : "?", f->sig);
  if (f->sig < f->nsigs)
    {
      fputc (' ', out);
      print_sig (out, &f->sigs[f->sig]);
    }
  fprintf (out, "  ; %u statements, hash %016llx\n", f->nstmts_total,
           (unsigned long long) f->hash);
  print_tables (out, f);
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      fprintf (out, "b%u:\n", i);
      for (j = 0; j < bl->nstmts; j++)
        print_stmt (out, f, &bl->stmts[j]);
      print_term (out, f, &bl->term);
    }
}
