/* xir-selftest.c - self test of the xinline IR library (ir/).
 *
 * Builds functions with the builders (every statement, operand,
 * terminator, call and pool kind, index terms, flags), checks that
 * encode -> decode -> encode is the identity and that output is
 * deterministic, exercises the DB rules (sorting, de-duplication,
 * conflicts, versions); xir-selftest-check.c tests the checker (every
 * structural rule and every typing rule, violated and respected), and
 * xir-selftest-attack.c attacks the decoder: every truncation, every
 * single-byte corruption (with and without fixing up the record hash),
 * huge counts, non-canonical varints and random bytes.  Must not crash;
 * prints "xir-selftest: N checks passed" or the failures and exits 1.
 */
#define _GNU_SOURCE 1
#include "xir-selftest.h"

#include <stdarg.h>
#include <stdlib.h>

unsigned long checks, failures;
FILE *devnull;

void
check_at (int ok, int line, const char *fmt, ...)
{
  checks++;
  if (!ok)
    {
      va_list ap;
      failures++;
      fprintf (stderr, "xir-selftest:%d: FAIL: ", line);
      va_start (ap, fmt);
      vfprintf (stderr, fmt, ap);
      va_end (ap);
      fputc ('\n', stderr);
    }
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
uint64_t
rng (void)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1dull;
}

/* ---- building blocks ---------------------------------------------------- */

xir_asm_op
asm_op (const char *constraint, const char *name)
{
  xir_asm_op op;
  memset (&op, 0, sizeof op);
  op.constraint = strdup (constraint);
  op.name = name ? strdup (name) : NULL;
  op.reg = -1;
  return op;
}

xir_asm *
new_asm (const char *templ, uint8_t flags, uint32_t nout, uint32_t nin,
         uint32_t nclob, uint32_t nlabels)
{
  xir_asm *a = (xir_asm *) calloc (1, sizeof *a);
  a->templ = strdup (templ);
  a->flags = flags;
  a->nout = nout;
  a->nin = nin;
  a->nclob = nclob;
  a->nlabels = nlabels;
  a->outs = (xir_asm_op *) calloc (nout + 1, sizeof *a->outs);
  a->ins = (xir_asm_op *) calloc (nin + 1, sizeof *a->ins);
  a->clobbers = (char **) calloc (nclob + 1, sizeof *a->clobbers);
  a->labels = (uint32_t *) calloc (nlabels + 1, sizeof *a->labels);
  a->label_names = (char **) calloc (nlabels + 1, sizeof *a->label_names);
  return a;
}

uint32_t
sig_of (xir_func *f, xir_type ret, unsigned n, const xir_type *params,
        int varargs)
{
  xir_sig s;
  memset (&s, 0, sizeof s);
  s.ret = ret;
  s.nparams = n;
  s.params = (xir_type *) params;
  s.varargs = varargs;
  return xir_add_sig (f, &s);
}

xir_stmt *
assign (xir_func *f, uint32_t b, int32_t dst, uint8_t op, xir_operand a,
        xir_operand c, xir_operand d)
{
  xir_stmt *s = xir_block_add_stmt (f, b);
  s->kind = XIR_S_ASSIGN;
  s->op = op;
  s->dst = dst;
  s->nops = (uint8_t) xir_op_arity (op);
  s->ops[0] = a;
  s->ops[1] = c;
  s->ops[2] = d;
  return s;
}

/* build_all's function under construction and its table indices.  */
struct all {
  xir_func *f;
  uint32_t s_printf, s_panic, s_jiffies, s_ind, str, ro, b[7];
};

/* build_all's tables: signatures, symbols, pool, registers, slots and
   seven empty blocks.  */
static void
all_tables (struct all *a, const char *name)
{
  xir_type p0[2], pv[1], p2[1];
  xir_func *f = a->f = xir_func_new (name);
  uint32_t i;
  static const unsigned char rodata[8] = { 1, 2, 3, 4, 0xfe, 0, 0x80, 7 };

  p0[0] = T_I32;
  p0[1] = T_PTR;
  f->sig = sig_of (f, T_I32, 2, p0, 0);
  pv[0] = T_PTR;
  p2[0] = T_I64;
  a->s_printf = xir_add_sym (f, "printf", XIR_SYM_FUNC,
                          sig_of (f, T_I32, 1, pv, 1), XIR_CF_NOTHROW);
  a->s_panic = xir_add_sym (f, "panic", XIR_SYM_FUNC,
                         sig_of (f, T_VOID, 0, NULL, 1),
                         XIR_CF_NORETURN | XIR_CF_NOTHROW);
  a->s_jiffies = xir_add_sym (f, "jiffies", XIR_SYM_VAR, 0, 0);
  a->s_ind = xir_add_sym (f, "callee", XIR_SYM_FUNC,
                       sig_of (f, T_I64, 1, p2, 0), 0);
  a->str = xir_add_pool (f, XIR_POOL_STRING, 1, "hi \"%d\"\n", 9);
  a->ro = xir_add_pool (f, XIR_POOL_RODATA, 8, rodata, sizeof rodata);

  xir_add_reg (f, T_I32);       /* r0 = param 0 */
  xir_add_reg (f, T_PTR);       /* r1 = param 1 */
  xir_add_reg (f, T_I32);       /* r2 */
  xir_add_reg (f, T_U64);       /* r3 */
  xir_add_reg (f, T_BOOL);      /* r4 */
  xir_add_reg (f, T_PTR);       /* r5 */
  xir_add_reg (f, T_I64);       /* r6 */
  xir_add_reg (f, T_U3);        /* r7 */
  xir_add_slot (f, 16, 8, XIR_SL_VOLATILE, -1);
  xir_add_slot (f, 4, 4, 0, 0);

  for (i = 0; i < 7; i++)
    a->b[i] = xir_add_block (f);
}

/* b0: every statement kind and operand kind.  */
static void
all_entry (struct all *a)
{
  xir_func *f = a->f;
  const uint32_t *b = a->b;
  xir_stmt *s;

  assign (f, b[0], 2, XIR_OP_ADD, op_reg (0), op_const (T_I32, (uint64_t) -5),
          op_none ());
  assign (f, b[0], 3, XIR_OP_CONV, op_reg (0), op_none (), op_none ());
  assign (f, b[0], 4, XIR_OP_LT, op_reg (0), op_const (T_I32, 0), op_none ());
  assign (f, b[0], 6, XIR_OP_COND, op_reg (4),
          op_const (T_I64, (uint64_t) INT64_MIN),
          op_const (T_I64, (uint64_t) INT64_MAX));
  assign (f, b[0], 3, XIR_OP_MOV, op_const (T_U64, UINT64_MAX), op_none (),
          op_none ());
  assign (f, b[0], 7, XIR_OP_MOV, op_const (T_U3, 5), op_none (), op_none ());
  assign (f, b[0], 5, XIR_OP_MOV, op_addr (XIR_O_SYM, a->s_jiffies, -8),
          op_none (), op_none ());
  assign (f, b[0], 5, XIR_OP_MOV, op_addr (XIR_O_SLOT, 0, 4), op_none (),
          op_none ());
  assign (f, b[0], 5, XIR_OP_PTR_ADD, op_addr (XIR_O_POOL, a->ro, 2),
          op_reg (3), op_none ());
  assign (f, b[0], 4, XIR_OP_NE, op_reg (5),
          op_const (T_PTR, 0), op_none ());

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_LOAD;
  s->dst = 2;
  s->mem[0] = mem (op_reg (1), 4, T_I32, 4);
  s->mem[0].nidx = XIR_MAX_INDEX;
  s->mem[0].idx[0].reg = 3;
  s->mem[0].idx[0].scale = 4;
  s->mem[0].idx[1].reg = 6;
  s->mem[0].idx[1].scale = -8;
  s->mem[0].idx[2].reg = 7;
  s->mem[0].idx[2].scale = INT64_MAX;
  s->mem[0].idx[3].reg = 2;
  s->mem[0].idx[3].scale = INT64_MIN;
  s->mem[0].flags = XIR_M_VOLATILE;

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_STORE;
  s->mem[0] = mem (op_addr (XIR_O_SLOT, 1, 0), 0, T_I32, 4);
  s->nops = 1;
  s->ops[0] = op_reg (2);

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_COPY;
  s->mem[0] = mem (op_addr (XIR_O_SLOT, 0, 0), 0, T_BLOB16, 8);
  s->mem[1] = mem (op_addr (XIR_O_SYM, a->s_jiffies, 0), 8, T_BLOB16, 8);

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_ZERO;
  s->mem[0] = mem (op_addr (XIR_O_SLOT, 0, 0), 0, T_BLOB16, 8);
  s->mem[0].flags = XIR_M_VOLATILE;

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_ADDR;
  s->dst = 5;
  s->mem[0] = mem (op_addr (XIR_O_POOL, a->str, 1), -1, T_PTR, 1);

  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_LOAD;
  s->dst = 6;
  s->mem[0] = mem (op_const (T_PTR, 0x1000), 8, T_I64, 8);
}

/* The end of b0: calls (direct varargs, indirect, builtin), extended
   asm, the conditional branch.  */
static void
all_calls (struct all *a)
{
  xir_func *f = a->f;
  const uint32_t *b = a->b;
  xir_type p3[2];
  xir_stmt *s;
  xir_call *c;
  xir_term *t;

  p3[0] = T_I64;
  p3[1] = T_I64;
  c = xir_call_new (2);
  c->kind = XIR_C_DIRECT;
  c->sym = a->s_printf;
  c->sig = f->syms[a->s_printf].sig;
  c->flags = XIR_CF_NOTHROW;
  c->args[0] = op_addr (XIR_O_POOL, a->str, 0);
  c->args[1] = op_reg (2);
  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_CALL;
  s->call = c;

  c = xir_call_new (1);
  c->kind = XIR_C_INDIRECT;
  c->target = op_reg (5);
  c->sig = f->syms[a->s_ind].sig;
  c->args[0] = op_reg (6);
  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_CALL;
  s->dst = 6;
  s->call = c;

  c = xir_call_new (2);
  c->kind = XIR_C_BUILTIN;
  c->builtin = 123;
  c->bname = strdup ("__builtin_expect");
  c->sig = sig_of (f, T_I64, 2, p3, 0);
  c->args[0] = op_reg (6);
  c->args[1] = op_const (T_I64, 1);
  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_CALL;
  s->dst = 6;
  s->call = c;

  /* Extended asm: register and memory outputs and inputs, a constant,
     clobbers, operand names.  */
  s = xir_block_add_stmt (f, b[0]);
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("mov %[in], %0\n\t# %1 %2 %3 %4", XIR_ASM_VOLATILE
                     | XIR_ASM_INLINE, 2, 3, 2, 0);
  s->asm_->outs[0] = asm_op ("=r", "res");
  s->asm_->outs[0].reg = 2;
  s->asm_->outs[1] = asm_op ("=m", NULL);
  s->asm_->outs[1].is_mem = 1;
  s->asm_->outs[1].mem = mem (op_addr (XIR_O_SLOT, 1, 0), 0, T_I32, 4);
  s->asm_->ins[0] = asm_op ("r", "in");
  s->asm_->ins[0].val = op_reg (0);
  s->asm_->ins[1] = asm_op ("m", NULL);
  s->asm_->ins[1].is_mem = 1;
  s->asm_->ins[1].mem = mem (op_reg (1), 4, T_I32, 4);
  s->asm_->ins[2] = asm_op ("i", NULL);
  s->asm_->ins[2].val = op_const (T_I32, 5);
  s->asm_->clobbers[0] = strdup ("memory");
  s->asm_->clobbers[1] = strdup ("cc");

  t = &f->blocks[b[0]].term;
  t->kind = XIR_K_COND;
  t->cmp = XIR_OP_LT;
  t->a = op_reg (2);
  t->b = op_const (T_I32, 0);
  t->succ[0] = b[1];
  t->succ[1] = b[2];
}

/* Blocks 1 to 6: switch, goto, asm goto, return, noreturn call.  */
static void
all_blocks (struct all *a)
{
  xir_func *f = a->f;
  const uint32_t *b = a->b;
  xir_stmt *s;
  xir_call *c;
  xir_term *t;

  /* b1: switch on a signed index with negative ranges.  */
  t = &f->blocks[b[1]].term;
  t->kind = XIR_K_SWITCH;
  t->a = op_reg (0);
  t->succ[0] = b[4];
  t->ncases = 3;
  t->cases = (xir_case *) calloc (3, sizeof *t->cases);
  t->cases[0].lo = (uint64_t) -3;
  t->cases[0].hi = (uint64_t) -1;
  t->cases[0].succ = b[3];
  t->cases[1].lo = t->cases[1].hi = 0;
  t->cases[1].succ = b[4];
  t->cases[2].lo = 5;
  t->cases[2].hi = 10;
  t->cases[2].succ = b[3];

  /* b2: goto b6.  */
  t = &f->blocks[b[2]].term;
  t->kind = XIR_K_GOTO;
  t->succ[0] = b[6];

  /* b6: asm goto (to b3 or b4), falling through to b3.  */
  assign (f, b[6], 2, XIR_OP_NEG, op_reg (2), op_none (), op_none ());
  s = xir_block_add_stmt (f, b[6]);
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("jmp %l1", XIR_ASM_VOLATILE, 0, 1, 0, 2);
  s->asm_->ins[0] = asm_op ("r", NULL);
  s->asm_->ins[0].val = op_reg (2);
  s->asm_->labels[0] = b[3];
  s->asm_->label_names[0] = strdup ("out");
  s->asm_->labels[1] = b[4];
  t = &f->blocks[b[6]].term;
  t->kind = XIR_K_GOTO;
  t->succ[0] = b[3];

  /* b3: return a value.  */
  t = &f->blocks[b[3]].term;
  t->kind = XIR_K_RETURN;
  t->a = op_reg (2);

  /* b4: noreturn call, unreachable.  */
  c = xir_call_new (0);
  c->kind = XIR_C_DIRECT;
  c->sym = a->s_panic;
  c->sig = f->syms[a->s_panic].sig;
  c->flags = XIR_CF_NORETURN | XIR_CF_NOTHROW;
  s = xir_block_add_stmt (f, b[4]);
  s->kind = XIR_S_CALL;
  s->call = c;
  f->blocks[b[4]].term.kind = XIR_K_UNREACHABLE;

  /* b5: unreachable from the entry, but valid: basic asm, a call through
     a symbol address, then return.  */
  s = xir_block_add_stmt (f, b[5]);
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("", XIR_ASM_BASIC | XIR_ASM_VOLATILE, 0, 0, 0, 0);
  c = xir_call_new (1);
  c->kind = XIR_C_INDIRECT;
  c->target = op_addr (XIR_O_SYM, a->s_ind, 0);
  c->sig = f->syms[a->s_ind].sig;
  c->args[0] = op_const (T_I64, 42);
  s = xir_block_add_stmt (f, b[5]);
  s->kind = XIR_S_CALL;
  s->call = c;
  f->blocks[b[5]].term.kind = XIR_K_RETURN;
  f->blocks[b[5]].term.a = op_const (T_I32, 7);
}

xir_func *
build_all (const char *name)
{
  struct all a;
  all_tables (&a, name);
  all_entry (&a);
  all_calls (&a);
  all_blocks (&a);
  return a.f;
}

/* Every opcode once: r2.. = OP (r0, r1, const).  */
xir_func *
build_ops (const char *name)
{
  xir_type p[2];
  xir_func *f = xir_func_new (name);
  unsigned op;
  uint32_t b;
  p[0] = T_I64;
  p[1] = T_I64;
  f->sig = sig_of (f, T_I64, 2, p, 0);
  xir_add_reg (f, T_I64);
  xir_add_reg (f, T_I64);
  b = xir_add_block (f);
  for (op = 0; op < XIR_OP__MAX; op++)
    {
      int ar = xir_op_arity (op);
      uint32_t r;
      if (ar < 0)
        continue;
      r = xir_add_reg (f, xir_op_is_compare (op) ? T_BOOL : T_I64);
      assign (f, b, (int32_t) r, (uint8_t) op, op_reg (0),
              op_const (T_I64, op), op_reg (1));
    }
  f->blocks[b].term.kind = XIR_K_RETURN;
  f->blocks[b].term.a = op_reg (f->nregs - 1);
  return f;
}

/* A void function switching on an unsigned byte; RETURN without value.  */
xir_func *
build_void (const char *name)
{
  xir_type p[1];
  xir_func *f = xir_func_new (name);
  uint32_t b0, b1, b2;
  xir_stmt *s;
  xir_term *t;
  p[0] = ty (XIR_T_INT, 1, 8, 1);
  f->sig = sig_of (f, T_VOID, 1, p, 0);
  xir_add_reg (f, p[0]);
  b0 = xir_add_block (f);
  b1 = xir_add_block (f);
  b2 = xir_add_block (f);
  t = &f->blocks[b0].term;
  t->kind = XIR_K_SWITCH;
  t->a = op_reg (0);
  t->succ[0] = b2;
  t->ncases = 2;
  t->cases = (xir_case *) calloc (2, sizeof *t->cases);
  t->cases[0].lo = 1;
  t->cases[0].hi = 127;
  t->cases[0].succ = b1;
  t->cases[1].lo = 128;
  t->cases[1].hi = 255;
  t->cases[1].succ = b2;
  s = xir_block_add_stmt (f, b1);
  s->kind = XIR_S_STORE;
  s->mem[0] = mem (op_addr (XIR_O_SYM, xir_add_sym (f, "counter", XIR_SYM_VAR,
                                                    0, 0), 0),
                   0, p[0], 1);
  s->nops = 1;
  s->ops[0] = op_reg (0);
  f->blocks[b1].term.kind = XIR_K_GOTO;
  f->blocks[b1].term.succ[0] = b2;
  f->blocks[b2].term.kind = XIR_K_RETURN;
  return f;
}

/* The smallest function: void f (void) { }  */
xir_func *
build_min (const char *name)
{
  xir_func *f = xir_func_new (name);
  f->sig = sig_of (f, T_VOID, 0, NULL, 0);
  f->blocks = NULL;
  xir_add_block (f);
  f->blocks[0].term.kind = XIR_K_RETURN;
  return f;
}
/* ---- helpers ------------------------------------------------------------ */

void
encode (xir_func *f, xir_buf *b)
{
  xir_buf_init (b);
  xir_encode_func (b, f);
}

static int
buf_eq (const xir_buf *a, const xir_buf *b)
{
  return a->len == b->len && (!a->len || !memcmp (a->data, b->data, a->len));
}

/* The text form of F.  */
static char *
text_of (const xir_func *f)
{
  char *p = NULL;
  size_t n = 0;
  FILE *m = open_memstream (&p, &n);
  xir_print_func (m, f);
  fclose (m);
  return p;
}

xir_func *
decode (const unsigned char *data, size_t len, const char **err)
{
  xir_reader r;
  xir_func *f;
  r.p = data;
  r.end = data + len;
  r.err = NULL;
  f = xir_decode_func (&r);
  *err = r.err;
  if (f && r.p != r.end)
    {
      *err = "record not fully consumed";
      xir_func_free (f);
      return NULL;
    }
  return f;
}

/* For a function that decoded fine: it must be valid and re-encode to the
   very same bytes (the decoder accepts canonical encodings only).  */
int
reencodes_to (xir_func *f, const unsigned char *data, size_t len)
{
  xir_buf b;
  int ok;
  if (xir_func_check (f, NULL))
    return 0;
  encode (f, &b);
  ok = b.len == len && !memcmp (b.data, data, len);
  xir_buf_free (&b);
  xir_print_func (devnull, f);
  return ok;
}

static void
roundtrip (xir_func *f)
{
  xir_buf b1, b2, b3;
  xir_func *g;
  const char *e = xir_func_check (f, NULL);
  char *t1, *t2;
  CHECK (!e, "%s: check: %s", f->name, e);
  encode (f, &b1);
  encode (f, &b3);
  CHECK (buf_eq (&b1, &b3), "%s: encoding is not deterministic", f->name);
  g = decode (b1.data, b1.len, &e);
  CHECK (g != NULL, "%s: decode: %s", f->name, e);
  if (!g)
    return;
  CHECK (g->hash == f->hash && f->hash != 0, "%s: hash", f->name);
  CHECK (g->nstmts_total == f->nstmts_total, "%s: nstmts", f->name);
  encode (g, &b2);
  CHECK (buf_eq (&b1, &b2), "%s: re-encoding differs", f->name);
  t1 = text_of (f);
  t2 = text_of (g);
  CHECK (!strcmp (t1, t2), "%s: printed forms differ:\n%s\n---\n%s",
         f->name, t1, t2);
  free (t1);
  free (t2);
  xir_func_free (g);
  xir_buf_free (&b1);
  xir_buf_free (&b2);
  xir_buf_free (&b3);
}

xir_meta
meta (const char *source, uint8_t flavour, uint32_t semflags)
{
  static xir_dep deps[2] = { { (char *) "include/a.h", 0x1234 },
                             { (char *) "lib/b.h", 0xfedcba9876543210ULL } };
  xir_meta m;
  memset (&m, 0, sizeof m);
  m.producer = (char *) "GCC 12.2.0";
  m.target = (char *) "x86_64-linux-gnu p64 le";
  m.semflags = semflags;
  m.flavour = flavour;
  m.source = (char *) source;
  m.source_hash = 0x0123456789abcdefULL;
  if (!strcmp (source, "lib/a.c"))
    {
      m.ndeps = 2;
      m.deps = deps;
    }
  return m;
}

void
unit_of (xir_buf *b, const xir_meta *m, xir_func **fs, uint32_t n)
{
  xir_buf_init (b);
  xir_encode_unit (b, m, fs, n);
}

int
parse (xir_db *db, const xir_buf *b, const char **err)
{
  memset (db, 0, sizeof *db);
  *err = NULL;
  return xir_db_parse (db, b->data, b->len, err);
}

unsigned
decode_entries (const xir_db *db)
{
  unsigned bad = 0;
  uint32_t i;
  for (i = 0; i < db->n; i++)
    {
      const char *e = NULL;
      xir_func *f = xir_entry_decode (&db->e[i], &e);
      if (!f)
        {
          CHECK (e != NULL, "entry decode failed without a message");
          bad++;
          continue;
        }
      CHECK (reencodes_to (f, db->e[i].body, db->e[i].body_len),
             "decoded entry %s does not re-encode identically", f->name);
      xir_func_free (f);
    }
  return bad;
}
/* ---- tests -------------------------------------------------------------- */

static void
test_basics (void)
{
  unsigned op, nops = 0;
  xir_type a = T_VOID, b = T_VOID;
  xir_func *f = xir_func_new ("x");
  xir_type p[1];
  uint32_t s1, s2;

  for (op = 0; op < 300; op++)
    if (xir_op_arity (op) >= 0)
      {
        nops++;
        CHECK (strcmp (xir_op_name (op), "?") != 0, "op %u has no name", op);
      }
    else
      CHECK (!strcmp (xir_op_name (op), "?"), "op %u has a name", op);
  CHECK (nops == 43, "%u opcodes", nops);
  CHECK (xir_op_arity (XIR_OP_COND) == 3 && xir_op_arity (XIR_OP_NEG) == 1
         && xir_op_arity (XIR_OP_MULH) == 2 && xir_op_arity (6) == -1
         && xir_op_arity (XIR_OP_MUL_OVF) == 2 && xir_op_arity (57) == -1,
         "arities");

  b.size = 3;   /* void types compare equal whatever the other fields */
  CHECK (xir_type_equal (&a, &b), "void types");
  a = T_I32;
  b = T_U64;
  CHECK (!xir_type_equal (&a, &b), "i32 vs u64");
  b = T_I32;
  b.as = 1;
  CHECK (!xir_type_equal (&a, &b), "address space");

  /* Interning.  */
  p[0] = T_PTR;
  s1 = sig_of (f, T_I32, 1, p, 0);
  s2 = sig_of (f, T_I32, 1, p, 0);
  CHECK (s1 == s2 && f->nsigs == 1, "sig interning");
  CHECK (sig_of (f, T_I32, 1, p, 1) != s1, "varargs sigs differ");
  CHECK (xir_add_sym (f, "a", XIR_SYM_VAR, 5, 1)
         == xir_add_sym (f, "a", XIR_SYM_VAR, 0, 0), "var sym interning");
  CHECK (xir_add_sym (f, "g", XIR_SYM_FUNC, s1, 0)
         != xir_add_sym (f, "g", XIR_SYM_FUNC, s1, XIR_CF_NOTHROW),
         "func sym flags distinguish");
  CHECK (xir_add_pool (f, XIR_POOL_STRING, 1, "ab", 3)
         == xir_add_pool (f, XIR_POOL_STRING, 1, "ab", 3), "pool interning");
  CHECK (xir_add_pool (f, XIR_POOL_RODATA, 1, "ab", 3)
         != xir_add_pool (f, XIR_POOL_STRING, 1, "ab", 3), "pool kinds");
  CHECK (xir_add_pool (f, XIR_POOL_RODATA, 1, NULL, 0)
         == xir_add_pool (f, XIR_POOL_RODATA, 1, NULL, 0), "empty pool");
  CHECK (xir_block_add_stmt (f, 0) == NULL, "stmt in missing block");
  CHECK (xir_func_check (f, NULL) != NULL, "function without blocks accepted");
  xir_func_free (f);

  CHECK (xir_hash ("", 0) == 0xcbf29ce484222325ull, "fnv basis");
  CHECK (xir_hash ("a", 1) == 0xaf63dc4c8601ec8cull, "fnv of a");
  CHECK (xir_hash ("foobar", 6) == 0x85944171f73967e8ull, "fnv of foobar");
}

static void
test_roundtrip (void)
{
  xir_func *fs[4];
  unsigned i;
  fs[0] = build_all ("all");
  fs[1] = build_ops ("ops");
  fs[2] = build_void ("void_fn");
  fs[3] = build_min ("m");
  for (i = 0; i < 4; i++)
    {
      roundtrip (fs[i]);
      xir_func_free (fs[i]);
    }

  /* Two independent builds give the same bytes.  */
  {
    xir_func *a = build_all ("same"), *b = build_all ("same");
    xir_buf x, y;
    encode (a, &x);
    encode (b, &y);
    CHECK (buf_eq (&x, &y) && a->hash == b->hash, "builds differ");
    xir_buf_free (&x);
    xir_buf_free (&y);
    xir_func_free (a);
    xir_func_free (b);
  }
}
/* ---- units and the DB --------------------------------------------------- */

/* Dependencies must be sorted, unique, named and hashed.  */
static void
test_bad_deps (xir_func *f)
{
  static xir_dep bad[4][2] = {
    { { (char *) "b.h", 1 }, { (char *) "a.h", 2 } },
    { { (char *) "a.h", 1 }, { (char *) "a.h", 2 } },
    { { (char *) "", 1 }, { (char *) "a.h", 2 } },
    { { (char *) "a.h", 0 }, { (char *) "b.h", 2 } } };
  static const char *const why[4] = {
    "dependencies out of order", "dependencies out of order",
    "empty dependency", "empty dependency" };
  for (unsigned k = 0; k < 4; k++)
    {
      xir_meta mk = meta ("k.c", XIR_FLAVOUR_BUILTIN, 0);
      xir_buf ub;
      xir_db kdb;
      const char *kerr;
      mk.ndeps = 2;
      mk.deps = bad[k];
      unit_of (&ub, &mk, &f, 1);
      CHECK (parse (&kdb, &ub, &kerr) != 0 && kerr && strstr (kerr, why[k]),
             "bad dependencies %u rejected (%s)", k, kerr ? kerr : "accepted");
      xir_db_free (&kdb);
      xir_buf_free (&ub);
    }
}

static void
test_units (void)
{
  xir_func *fs[3], *g[1];
  xir_meta m1 = meta ("lib/a.c", XIR_FLAVOUR_BUILTIN,
                      XIR_SEM_STRICT_ALIASING | XIR_SEM_DELETE_NULL_CHECKS);
  xir_meta m2 = meta ("drivers/b.c", XIR_FLAVOUR_MODULE, XIR_SEM_WRAPV);
  xir_buf u1, u2, cat;
  xir_db db;
  const char *e;
  static const unsigned char zeros[5];
  uint32_t i;

  fs[0] = build_all ("helper_b");
  fs[1] = build_ops ("helper_a");
  fs[2] = build_void ("helper_c");
  g[0] = build_min ("helper_b");
  unit_of (&u1, &m1, fs, 3);
  unit_of (&u2, &m2, g, 1);

  CHECK (!memcmp (u1.data, XIR_UNIT_MAGIC, 4) && u1.data[4] == XIR_VERSION,
         "unit header");
  CHECK (xir_sniff (u1.data, u1.len) == 2, "sniff unit");
  CHECK (parse (&db, &u1, &e) == 0, "parse unit: %s", e);
  CHECK (db.n == 3, "3 entries, got %u", db.n);
  for (i = 0; i + 1 < db.n; i++)
    CHECK (strcmp (db.e[i].name, db.e[i + 1].name) < 0, "sorted");
  CHECK (db.n == 3 && !strcmp (db.e[0].name, "helper_a")
         && db.e[0].nstmts == fs[1]->nstmts_total
         && db.e[0].hash == fs[1]->hash, "entry head");
  CHECK (db.n == 3 && !strcmp (db.e[1].meta.source, "lib/a.c")
         && db.e[1].meta.semflags == m1.semflags
         && db.e[1].meta.flavour == XIR_FLAVOUR_BUILTIN, "entry meta");
  CHECK (db.n == 3 && db.e[1].meta.source_hash == m1.source_hash
         && db.e[1].meta.ndeps == 2
         && !strcmp (db.e[1].meta.deps[0].path, "include/a.h")
         && db.e[1].meta.deps[0].hash == 0x1234
         && !strcmp (db.e[1].meta.deps[1].path, "lib/b.h")
         && db.e[1].meta.deps[1].hash == 0xfedcba9876543210ULL
         , "entry meta dependencies");
  test_bad_deps (fs[0]);
  CHECK (decode_entries (&db) == 0, "entries decode");
  CHECK (xir_db_find (&db, "helper_c", XIR_FLAVOUR_BUILTIN) == &db.e[2],
         "find");
  CHECK (!xir_db_find (&db, "helper_c", XIR_FLAVOUR_MODULE), "find flavour");
  CHECK (!xir_db_find (&db, "helper", XIR_FLAVOUR_BUILTIN), "find absent");
  CHECK (!xir_db_find (&db, "zzz", XIR_FLAVOUR_BUILTIN), "find after end");

  /* Appending a second unit keeps the DB sorted (xir_db_find works).  */
  CHECK (xir_db_parse (&db, u2.data, u2.len, &e) == 0, "parse 2");
  CHECK (db.n == 4 && xir_db_find (&db, "helper_b", XIR_FLAVOUR_MODULE)
         && xir_db_find (&db, "helper_b", XIR_FLAVOUR_BUILTIN)
         && xir_db_find (&db, "helper_a", XIR_FLAVOUR_BUILTIN), "find after "
         "append");
  xir_db_free (&db);

  /* Concatenation with zero padding (ld -r).  */
  xir_buf_init (&cat);
  xir_buf_put (&cat, zeros, 2);
  xir_buf_put (&cat, u1.data, u1.len);
  xir_buf_put (&cat, zeros, 5);
  xir_buf_put (&cat, u2.data, u2.len);
  xir_buf_put (&cat, zeros, 3);
  CHECK (xir_sniff (cat.data, cat.len) == 2, "sniff padded unit");
  CHECK (parse (&db, &cat, &e) == 0 && db.n == 4, "parse concatenation: %s",
         e ? e : "");
  CHECK (decode_entries (&db) == 0, "entries decode");
  xir_db_free (&db);

  /* Garbage after a unit is an error; empty input or zeros are not.  */
  xir_buf_put (&cat, "x", 1);
  CHECK (parse (&db, &cat, &e) < 0 && !strcmp (e, "garbage between units"),
         "trailing garbage: %s", e ? e : "accepted");
  xir_db_free (&db);
  CHECK (xir_db_parse (&db, NULL, 0, &e) == 0 && db.n == 0, "empty input");
  CHECK (xir_db_parse (&db, zeros, 5, &e) == 0 && db.n == 0, "zeros only");
  CHECK (xir_db_parse (&db, (const unsigned char *) "hello", 5, &e) < 0
         && !strcmp (e, "not an xinline unit or DB"), "garbage: %s", e);
  CHECK (xir_sniff ((const unsigned char *) "hello", 5) == 0, "sniff junk");

  /* A unit of another version.  */
  u1.data[4] = 7;
  {
    char want[80];
    snprintf (want, sizeof want,
              "IR format version 7, this build reads version %d", XIR_VERSION);
    CHECK (parse (&db, &u1, &e) < 0 && !strcmp (e, want),
           "version: %s", e ? e : "accepted");
  }
  u1.data[4] = XIR_VERSION;
  xir_db_free (&db);

  for (i = 0; i < 3; i++)
    xir_func_free (fs[i]);
  xir_func_free (g[0]);
  xir_buf_free (&u1);
  xir_buf_free (&u2);
  xir_buf_free (&cat);
}

/* A DB of another version, an unsorted one, one with a key twice.  X1 is
   a valid DB, U0 a unit of two helpers, U4 one of them again.  */
static void
test_db_refusals (xir_buf *x1, const xir_buf *u0, const xir_buf *u4)
{
  xir_db db;
  xir_buf x3;
  const char *e;

  /* A DB of another version.  */
  x1->data[7] = XIR_VERSION + 1;
  {
    char want[80];
    snprintf (want, sizeof want,
              "IR format version %d, this build reads version %d",
              XIR_VERSION + 1, XIR_VERSION);
    CHECK (parse (&db, x1, &e) < 0 && !strcmp (e, want),
           "DB version: %s", e ? e : "accepted");
  }
  x1->data[7] = XIR_VERSION;
  xir_db_free (&db);

  /* An unsorted or duplicated .xdb is refused.  */
  CHECK (parse (&db, u0, &e) == 0 && db.n == 2, "parse");
  {
    xir_entry t = db.e[0];
    db.e[0] = db.e[1];
    db.e[1] = t;
  }
  xir_buf_init (&x3);
  xir_db_encode (&x3, &db);
  xir_db_free (&db);
  CHECK (parse (&db, &x3, &e) < 0 && !strcmp (e, "DB entries out of order"),
         "unsorted DB: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&x3);
  CHECK (parse (&db, u0, &e) == 0, "parse");
  CHECK (xir_db_parse (&db, u4->data, u4->len, &e) == 0 && db.n == 3,
         "dup parse");
  xir_buf_init (&x3);
  xir_db_encode (&x3, &db);
  xir_db_free (&db);
  CHECK (parse (&db, &x3, &e) < 0 && !strcmp (e, "DB entries out of order"),
         "duplicated DB: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&x3);
}

/* Encodes the DB made by merging the units of BUFS in ORDER.  */
static int
merged (xir_buf *bufs, const unsigned *order, unsigned n, xir_buf *out,
        const char **dup)
{
  xir_db all, one;
  const char *e = NULL;
  unsigned i;
  int rc;
  memset (&all, 0, sizeof all);
  *dup = NULL;
  for (i = 0; i < n; i++)
    {
      CHECK (parse (&one, &bufs[order[i]], &e) == 0, "parse: %s", e);
      CHECK (xir_db_merge (&all, &one, &e) == 0, "merge");
      xir_db_free (&one);
    }
  rc = xir_db_finish (&all, &e, dup);
  if (rc == 0)
    {
      xir_buf_init (out);
      xir_db_encode (out, &all);
    }
  else
    {
      CHECK (e != NULL && *dup != NULL, "conflict without message");
      *dup = strdup (*dup);
    }
  xir_db_free (&all);
  return rc;
}

static void
test_db (void)
{
  xir_func *fa = build_all ("alpha"), *fb = build_ops ("beta");
  xir_func *fm = build_min ("alpha"), *fv = build_void ("gamma");
  xir_meta mb = meta ("a.c", XIR_FLAVOUR_BUILTIN, XIR_SEM_STRICT_ALIASING);
  xir_meta mm = meta ("m.c", XIR_FLAVOUR_MODULE, XIR_SEM_STRICT_ALIASING);
  xir_meta mb2 = meta ("other.c", XIR_FLAVOUR_BUILTIN,
                       XIR_SEM_STRICT_ALIASING);
  xir_func *set1[2], *set2[2], *set3[1];
  xir_buf u[5], x1, x2, x3;
  xir_db db;
  const char *e, *dup;
  static const unsigned o1[] = { 0, 1, 0, 1 }, o2[] = { 1, 0, 1, 1, 0 };
  static const unsigned oc[] = { 0, 2 }, om[] = { 0, 3 }, od[] = { 0, 4 };

  set1[0] = fa;
  set1[1] = fb;
  set2[0] = fm;   /* alpha as a module: another flavour, no conflict */
  set2[1] = fv;
  unit_of (&u[0], &mb, set1, 2);
  unit_of (&u[1], &mm, set2, 2);
  set3[0] = fm;   /* alpha, builtin, different body: conflict */
  unit_of (&u[2], &mb, set3, 1);
  set3[0] = fa;   /* alpha, builtin, same body, other source: conflict */
  unit_of (&u[3], &mb2, set3, 1);
  unit_of (&u[4], &mb, set3, 1);        /* exact duplicate of u[0]'s alpha */

  CHECK (merged (u, o1, 4, &x1, &dup) == 0, "merge 1: %s", dup);
  CHECK (merged (u, o2, 5, &x2, &dup) == 0, "merge 2: %s", dup);
  CHECK (buf_eq (&x1, &x2), "DB depends on input order");
  CHECK (xir_sniff (x1.data, x1.len) == 1, "sniff DB");
  CHECK (!memcmp (x1.data, XIR_DB_MAGIC, 7) && x1.data[7] == XIR_VERSION,
         "DB header");

  CHECK (parse (&db, &x1, &e) == 0, "parse DB: %s", e);
  CHECK (db.n == 4, "DB has %u entries", db.n);
  CHECK (db.n == 4 && !strcmp (db.e[0].name, "alpha")
         && db.e[0].meta.flavour == XIR_FLAVOUR_BUILTIN
         && !strcmp (db.e[1].name, "alpha")
         && db.e[1].meta.flavour == XIR_FLAVOUR_MODULE
         && !strcmp (db.e[2].name, "beta") && !strcmp (db.e[3].name, "gamma"),
         "DB order");
  CHECK (decode_entries (&db) == 0, "DB entries decode");
  xir_buf_init (&x3);
  xir_db_encode (&x3, &db);
  CHECK (buf_eq (&x1, &x3), "DB re-encoding differs");
  CHECK (xir_db_finish (&db, &e, &dup) == 0 && db.n == 4, "finish is "
         "idempotent");
  xir_db_free (&db);
  xir_buf_free (&x3);

  CHECK (merged (u, od, 2, &x3, &dup) == 0, "exact duplicate: %s", dup);
  xir_buf_free (&x3);
  CHECK (merged (u, oc, 2, &x3, &dup) < 0 && dup && !strcmp (dup, "alpha"),
         "conflict (body) not reported");
  free ((char *) dup);
  CHECK (merged (u, om, 2, &x3, &dup) < 0 && dup && !strcmp (dup, "alpha"),
         "conflict (meta) not reported");
  free ((char *) dup);

  test_db_refusals (&x1, &u[0], &u[4]);

  /* Trailing bytes after a DB.  */
  xir_buf_put (&x1, "", 1);
  CHECK (parse (&db, &x1, &e) < 0 && !strcmp (e, "trailing bytes after DB"),
         "DB trailing: %s", e ? e : "accepted");
  xir_db_free (&db);
  x1.len--;

  /* An empty DB.  */
  memset (&db, 0, sizeof db);
  xir_buf_init (&x3);
  xir_db_encode (&x3, &db);
  CHECK (x3.len == 16 && parse (&db, &x3, &e) == 0 && db.n == 0, "empty DB");
  xir_buf_free (&x3);

  xir_buf_free (&x1);
  xir_buf_free (&x2);
  {
    unsigned i;
    for (i = 0; i < 5; i++)
      xir_buf_free (&u[i]);
  }
  xir_func_free (fa);
  xir_func_free (fb);
  xir_func_free (fm);
  xir_func_free (fv);
}
int
main (void)
{
  devnull = fopen ("/dev/null", "w");
  if (!devnull)
    {
      perror ("xir-selftest: /dev/null");
      return 1;
    }
  test_basics ();
  test_roundtrip ();
  test_invalid ();
  test_typing ();
  test_units ();
  test_db ();
  test_crafted ();
  test_attacks ();
  test_wide ();
  test_blob ();
  test_hreg_as ();
  test_dbmap ();
  fclose (devnull);
  if (failures)
    {
      printf ("xir-selftest: %lu of %lu checks FAILED\n", failures, checks);
      return 1;
    }
  printf ("xir-selftest: %lu checks passed\n", checks);
  return 0;
}
