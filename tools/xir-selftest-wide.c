/* xir-selftest-wide.c - the self-test of 128-bit integers and target
 * builtins (IR version 3): round trips of 128-bit constants (the high half
 * encoded only for types wider than 8 bytes), the structural rules on
 * val_hi, every operation class on 128-bit values for a target with
 * 16-byte scalars and without, and the target-builtin call kind.
 */
#include "xir-selftest.h"

#include <stdlib.h>

#define T_I128 ty (XIR_T_INT, 16, 128, 0)
#define T_U128 ty (XIR_T_INT, 16, 128, 1)

/* A non-standard integer type (size, prec, uns) for the rule cases.  */
#define WT(size, prec, uns) { XIR_T_INT, uns, 0, size, prec }

static xir_operand
op_wide (xir_type t, uint64_t lo, uint64_t hi)
{
  xir_operand o = op_const (t, lo);
  o.val_hi = hi;
  return o;
}

/* __int128 w (__int128 a, __int128 *p, long c): registers of the types
   the cases need; block 0 falls through to block 1, both return a.  */
enum { W_A, W_P, W_C, W_I128, W_U128, W_BOOL, W_I64, W_U32, W__COUNT };

static xir_func *
wide_base (void)
{
  xir_type r[W__COUNT];
  xir_func *f = xir_func_new ("wide");
  unsigned i;
  r[W_A] = T_I128;
  r[W_P] = T_PTR;
  r[W_C] = T_I64;
  r[W_I128] = T_I128;
  r[W_U128] = T_U128;
  r[W_BOOL] = T_BOOL;
  r[W_I64] = T_I64;
  r[W_U32] = ty (XIR_T_INT, 4, 32, 1);
  f->sig = sig_of (f, T_I128, 3, r, 0);
  for (i = 0; i < W__COUNT; i++)
    xir_add_reg (f, r[i]);
  for (i = 0; i < 2; i++)
    {
      xir_add_block (f);
      f->blocks[i].term.kind = XIR_K_RETURN;
      f->blocks[i].term.a = op_reg (W_A);
    }
  return f;
}

static void
w2 (xir_func *f, int32_t dst, uint8_t op, xir_operand a, xir_operand b)
{
  assign (f, 0, dst, op, a, b, op_none ());
}

static void
wmem (xir_func *f, uint8_t kind, int32_t dst, xir_type t, xir_operand v)
{
  xir_stmt *s = xir_block_add_stmt (f, 0);
  s->kind = kind;
  s->dst = dst;
  s->mem[0] = mem (op_reg (W_P), 0, t, 16);
  if (kind == XIR_S_STORE)
    {
      s->nops = 1;
      s->ops[0] = v;
    }
}

/* Every operation class on 128-bit values: valid on x86-64 (16-byte
   scalars), refused by a target whose largest scalar is 8 bytes; MULH
   needs a 256-bit product, which x86-64 has not.  */
static void
test_wide_ops (void)
{
  static const uint8_t binops[] = {
    XIR_OP_ADD, XIR_OP_SUB, XIR_OP_MUL, XIR_OP_DIV_TRUNC, XIR_OP_MOD_TRUNC,
    XIR_OP_AND, XIR_OP_OR, XIR_OP_XOR, XIR_OP_MIN, XIR_OP_MAX
  };
  xir_target x64, i686;
  xir_func *f = wide_base (), *g;
  const char *e;
  xir_buf b;
  size_t i;
  CHECK (!xir_target_from_meta ("x86_64-linux-gnu p64 le", &x64)
         && x64.max_scalar_bytes == 16, "x86-64 has 16-byte scalars");
  CHECK (!xir_target_from_meta ("i686-linux-gnu p32 le", &i686)
         && i686.max_scalar_bytes == 8, "i686 has 8-byte scalars");
  for (i = 0; i < sizeof binops / sizeof binops[0]; i++)
    w2 (f, W_I128, binops[i], op_reg (W_A), op_wide (T_I128, 5, 0));
  w2 (f, W_I128, XIR_OP_NEG, op_reg (W_A), op_none ());
  w2 (f, W_I128, XIR_OP_NOT, op_reg (W_A), op_none ());
  w2 (f, W_I128, XIR_OP_SHL, op_reg (W_A), op_reg (W_U32));
  w2 (f, W_I128, XIR_OP_SHR, op_reg (W_A), op_const (T_I32, 100));
  w2 (f, W_BOOL, XIR_OP_LT, op_reg (W_A), op_wide (T_I128, 0, 1));
  w2 (f, W_I64, XIR_OP_CONV, op_reg (W_A), op_none ());
  w2 (f, W_U128, XIR_OP_CONV, op_reg (W_C), op_none ());
  w2 (f, W_U128, XIR_OP_ABSU, op_reg (W_A), op_none ());
  w2 (f, W_I128, XIR_OP_ADD_OVF_VAL, op_reg (W_C), op_reg (W_U128));
  w2 (f, W_I64, XIR_OP_MUL_OVF, op_reg (W_A), op_reg (W_A));
  wmem (f, XIR_S_LOAD, W_U128, T_U128, op_none ());
  wmem (f, XIR_S_STORE, -1, T_I128,
        op_wide (T_I128, 0x0123456789abcdefull, (uint64_t) -2));
  e = xir_func_check (f, &x64);
  CHECK (!e, "128-bit operations on x86-64: %s", e ? e : "");
  e = xir_func_check (f, &i686);
  CHECK (e && !strcmp (e, "a register of unsupported type"),
         "128-bit values on i686: %s", e ? e : "accepted");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (g && reencodes_to (g, b.data, b.len), "128-bit round trip: %s",
         g ? "re-encoding differs" : e);
  CHECK (g && g->blocks[0].stmts[g->blocks[0].nstmts - 1].ops[0].val_hi
              == (uint64_t) -2, "val_hi survives the round trip");
  xir_print_func (devnull, g ? g : f);
  xir_func_free (g);
  xir_buf_free (&b);
  w2 (f, W_I128, XIR_OP_MULH, op_reg (W_A), op_reg (W_A));
  e = xir_func_check (f, &x64);
  CHECK (e && !strcmp (e, "a high-part multiplication the target cannot do"),
         "128-bit MULH on x86-64: %s", e ? e : "accepted");
  xir_func_free (f);
}

/* The high half is written only for types wider than 8 bytes: an i64
   constant's encoding is what version 2 wrote, an i128's has one more
   sleb.  */
static void
test_wide_encoding (void)
{
  xir_func *f = wide_base ();
  xir_buf b1, b2;
  w2 (f, W_I64, XIR_OP_ADD, op_reg (W_C), op_const (T_I64, 1));
  encode (f, &b1);
  xir_func_free (f);
  f = wide_base ();
  w2 (f, W_I128, XIR_OP_ADD, op_reg (W_A), op_wide (T_I128, 1, 0));
  encode (f, &b2);
  /* Same statement shape; the i128 type's precision (128: two uleb
     bytes, 64: one) and the high half (0: one byte) make it two bytes
     longer.  */
  CHECK (b2.len == b1.len + 2, "i128 constant: %zu bytes, i64: %zu",
         b2.len, b1.len);
  xir_buf_free (&b1);
  xir_buf_free (&b2);
  xir_func_free (f);
}

/* The structural rules on val_hi: zero for narrow types, the extension
   of the value for types of less than 128 bits, constants of at most
   128 bits.  */
static void
test_wide_rules (void)
{
  static const struct {
    xir_type t;
    uint64_t lo, hi;
    const char *want;
  } cases[] = {
    { WT (16, 128, 0), 0, 0, NULL },
    { WT (16, 128, 0), (uint64_t) -1, (uint64_t) -1, NULL },
    { WT (16, 128, 1), (uint64_t) -1, 0x8000000000000000ull, NULL },
    { WT (8, 64, 0), 5, 1, "high part of a constant of at most 64 bits" },
    { WT (4, 32, 0), (uint64_t) -1, (uint64_t) -1,
      "high part of a constant of at most 64 bits" },
    { WT (16, 100, 1), 0, 0xfffffffffull, NULL },
    { WT (16, 100, 1), 0, 0x1000000000ull,
      "constant value outside its type" },
    { WT (16, 100, 0), 0, (uint64_t) -1, NULL },
    { WT (16, 100, 0), 0, 0x800000000ull,
      "constant value outside its type" },
    { WT (16, 64, 0), (uint64_t) -1, (uint64_t) -1, NULL },
    { WT (16, 64, 0), (uint64_t) -1, 0,
      "constant value outside its type" },
    { WT (32, 256, 0), 0, 0, "constant wider than 128 bits" },
  };
  size_t i;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      xir_func *f = wide_base (), *g;
      const char *e;
      xir_buf b;
      w2 (f, W_I128, XIR_OP_MOV, op_wide (cases[i].t, cases[i].lo,
                                          cases[i].hi), op_none ());
      f->blocks[0].stmts[0].nops = 1;
      e = xir_func_check (f, NULL);
      CHECK (cases[i].want ? e && !strcmp (e, cases[i].want) : !e,
             "wide constant %zu: '%s'", i, e ? e : "(nothing)");
      encode (f, &b);
      g = decode (b.data, b.len, &e);
      /* A narrow type's val_hi is not encoded: it decodes as 0, valid.  */
      if (cases[i].want && cases[i].t.size > 8)
        CHECK (!g && e, "wide constant %zu: the decoder accepted it", i);
      else
        CHECK (g != NULL, "wide constant %zu: the decoder refused it: %s",
               i, e);
      xir_func_free (g);
      xir_buf_free (&b);
      xir_func_free (f);
    }
}

/* A switch's case values are held in 64 bits: a 128-bit index is
   refused.  */
static void
test_wide_switch (void)
{
  xir_func *f = wide_base ();
  xir_term *t = &f->blocks[0].term;
  const char *e;
  t->kind = XIR_K_SWITCH;
  t->a = op_reg (W_A);
  t->succ[0] = 1;
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "switch on an integer wider than 64 bits"),
         "switch on i128: %s", e ? e : "accepted");
  xir_func_free (f);
}

/* A target-builtin call: by name and signature, no code; round trip,
   printed, and refused with a code or without a name.  */
static void
test_target_builtin (void)
{
  xir_func *f = wide_base (), *g;
  xir_stmt *s = xir_block_add_stmt (f, 0);
  xir_call *c = xir_call_new (0);
  xir_target x64;
  const char *e;
  xir_buf b;
  xir_target_from_meta ("x86_64-linux-gnu p64 le", &x64);
  c->kind = XIR_C_TARGET_BUILTIN;
  c->bname = strdup ("__builtin_ia32_rdtsc");
  c->sig = sig_of (f, T_U64, 0, NULL, 0);
  c->flags = XIR_CF_NOTHROW;
  s->kind = XIR_S_CALL;
  s->dst = -1;
  s->call = c;
  e = xir_func_check (f, &x64);
  CHECK (!e, "target builtin call: %s", e ? e : "");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (g && reencodes_to (g, b.data, b.len)
         && g->blocks[0].stmts[0].call->kind == XIR_C_TARGET_BUILTIN
         && !strcmp (g->blocks[0].stmts[0].call->bname,
                     "__builtin_ia32_rdtsc"),
         "target builtin round trip: %s", g ? "differs" : e);
  xir_print_func (devnull, f);
  xir_func_free (g);
  xir_buf_free (&b);
  c->builtin = 7;
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "target builtin call with a code"),
         "target builtin with a code: %s", e ? e : "accepted");
  c->builtin = 0;
  c->bname[0] = 0;
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "builtin call without name"),
         "target builtin without a name: %s", e ? e : "accepted");
  xir_func_free (f);
}

void
test_wide (void)
{
  test_target_builtin ();
  test_wide_ops ();
  test_wide_encoding ();
  test_wide_rules ();
  test_wide_switch ();
}
