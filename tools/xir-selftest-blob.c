/* xir-selftest-blob.c - the self-test of aggregates passed and returned
 * by value (IR version 3): a function taking, passing and returning
 * BLOBs round-trips byte for byte and is well typed; each rule about
 * BLOB parameter registers, their slots, MEMRET calls, BLOB arguments
 * and BLOB returns is broken once and refused with its text, by the
 * checker and (for the structural ones) by the decoder.
 */
#include "xir-selftest.h"

#include <stdlib.h>

static xir_target tgt;

/* A statement of block 0 calling symbol G (signature GSIG) with ARG,
   without a destination.  */
static xir_stmt *
call_g (xir_func *f, uint32_t g, uint32_t gsig, xir_operand arg)
{
  xir_stmt *s = xir_block_add_stmt (f, 0);
  s->kind = XIR_S_CALL;
  s->dst = -1;
  s->call = xir_call_new (1);
  s->call->kind = XIR_C_DIRECT;
  s->call->sym = g;
  s->call->sig = gsig;
  s->call->args[0] = arg;
  return s;
}

/* struct pair f (struct pair p, struct pair *q)
   { struct pair t = g (p); g (*q); return t; }
   r0 blob16 (the parameter, bytes in slot 0), r1 q, slot 1 = t.  */
static xir_func *
blob_base (void)
{
  xir_func *f = xir_func_new ("blob_f");
  xir_type fp[2], gp[1];
  uint32_t gsig, g;
  xir_stmt *s;
  fp[0] = T_BLOB16;
  fp[1] = T_PTR;
  gp[0] = T_BLOB16;
  f->sig = sig_of (f, T_BLOB16, 2, fp, 0);
  gsig = sig_of (f, T_BLOB16, 1, gp, 0);
  g = xir_add_sym (f, "g", XIR_SYM_FUNC, gsig, XIR_CF_NOTHROW);
  xir_add_reg (f, T_BLOB16);
  xir_add_reg (f, T_PTR);
  xir_add_slot (f, 16, 8, 0, 0);
  xir_add_slot (f, 16, 8, 0, -1);
  xir_add_block (f);
  s = call_g (f, g, gsig, op_addr (XIR_O_SLOT, 0, 0));
  s->call->flags = XIR_CF_NOTHROW | XIR_CF_MEMRET;
  s->mem[0] = mem (op_addr (XIR_O_SLOT, 1, 0), 0, T_BLOB16, 8);
  call_g (f, g, gsig, op_reg (1));
  f->blocks[0].term.kind = XIR_K_RETURN;
  f->blocks[0].term.a = op_addr (XIR_O_SLOT, 1, 0);
  return f;
}

typedef void (*blob_mutator) (xir_func *);

static xir_call *C0 (xir_func *f) { return st (f, 0, 0)->call; }
static void b_regused (xir_func *f) { C0 (f)->args[0] = op_reg (0); }
static void b_regdst (xir_func *f)
{
  assign (f, 0, 0, XIR_OP_MOV, op_reg (1), op_none (), op_none ());
}
static void b_blobreg (xir_func *f) { xir_add_reg (f, T_BLOB16); }
static void b_slotsize (xir_func *f) { f->slots[0].size = 8; }
static void b_resreg (xir_func *f)
{
  st (f, 0, 0)->dst = xir_add_reg (f, T_PTR);
}
static void b_memret_scalar (xir_func *f)
{
  f->sigs[C0 (f)->sig].ret = T_I64;
  f->sigs[f->syms[0].sig].ret = T_I64;
}
static void b_memret_size (xir_func *f) { st (f, 0, 0)->mem[0].type.size = 8; }
static void b_memret_kind (xir_func *f) { st (f, 0, 0)->mem[0].type = T_U64; }
static void b_retnone (xir_func *f) { f->blocks[0].term.a = op_none (); }
static void b_retconst (xir_func *f)
{
  f->blocks[0].term.a = op_const (T_PTR, 64);
}
static void b_symflag (xir_func *f) { f->syms[0].flags |= XIR_CF_MEMRET; }
/* Typing: addresses must be generic pointers; BLOBs must have a size.  */
static void b_argint (xir_func *f)
{
  C0 (f)->args[0] = op_reg (xir_add_reg (f, T_I64));
}
static void b_argconst (xir_func *f) { C0 (f)->args[0] = op_const (T_PTR, 8); }
static void b_retint (xir_func *f)
{
  f->blocks[0].term.a = op_reg (xir_add_reg (f, T_I64));
}
static void b_retas (xir_func *f)
{
  xir_type t = T_PTR;
  t.as = 2;
  f->blocks[0].term.a = op_reg (xir_add_reg (f, t));
}
static void b_empty (xir_func *f)
{
  f->sigs[C0 (f)->sig].params[0].size = 0;
}
/* Valid variants: the result discarded, a pointer register passed.  */
static void b_discard (xir_func *f)
{
  C0 (f)->flags &= ~XIR_CF_MEMRET;
  memset (&st (f, 0, 0)->mem[0], 0, sizeof (xir_mem));
}
static void b_symaddr (xir_func *f)
{
  f->blocks[0].term.a = op_addr (XIR_O_SLOT, 0, 0);
}

struct blob_case {
  const char *name;
  blob_mutator fn;
  const char *structure;  /* xir_func_check (f, NULL) and the decoder */
  const char *typing;     /* xir_func_check (f, &x86-64) */
};

#define REG_USED "aggregate parameter register used as a value"
static const struct blob_case blob_cases[] = {
  { "regused", b_regused, REG_USED, REG_USED },
  { "regdst", b_regdst, REG_USED, REG_USED },
  { "blobreg", b_blobreg, NULL, "a register of unsupported type" },
  { "slotsize", b_slotsize, "slot of an aggregate parameter of another size",
    "slot of an aggregate parameter of another size" },
  { "resreg", b_resreg, "aggregate call result in a register",
    "aggregate call result in a register" },
  { "memret_scalar", b_memret_scalar,
    "memory result of a call that returns no aggregate",
    "memory result of a call that returns no aggregate" },
  { "memret_size", b_memret_size,
    "aggregate call result stored with another type",
    "aggregate call result stored with another type" },
  { "memret_kind", b_memret_kind,
    "aggregate call result stored with another type",
    "aggregate call result stored with another type" },
  { "retnone", b_retnone, "aggregate returned without its address",
    "aggregate returned without its address" },
  { "retconst", b_retconst, "aggregate returned without its address",
    "aggregate returned without its address" },
  { "symflag", b_symflag, "bad symbol flags", "bad symbol flags" },
  { "argint", b_argint, NULL, "a call with an argument of the wrong type" },
  { "argconst", b_argconst, NULL, "a call with an argument of the wrong type" },
  { "retint", b_retint, NULL, "a return of the wrong type" },
  { "retas", b_retas, NULL, "a return of the wrong type" },
  { "empty", b_empty, NULL, "a call with an argument of the wrong type" },
  { "discard", b_discard, NULL, NULL },
  { "symaddr", b_symaddr, NULL, NULL },
};

static int
said (const char *e, const char *want)
{
  return want ? e && !strcmp (e, want) : !e;
}

static void
blob_case_run (const struct blob_case *c)
{
  xir_func *f = blob_base (), *g;
  const char *e;
  xir_buf b;
  c->fn (f);
  e = xir_func_check (f, NULL);
  CHECK (said (e, c->structure), "blob %s: structure said '%s'", c->name,
         e ? e : "(nothing)");
  e = xir_func_check (f, &tgt);
  CHECK (said (e, c->typing), "blob %s: typing said '%s'", c->name,
         e ? e : "(nothing)");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  /* The decoder runs the structural layer; a refused body is gone.  */
  CHECK (c->structure ? !g : g != NULL, "blob %s: decoder said '%s'",
         c->name, e ? e : "(nothing)");
  if (g)
    {
      e = xir_func_check (g, &tgt);
      CHECK (said (e, c->typing), "blob %s: decoded, typing said '%s'",
             c->name, e ? e : "(nothing)");
      CHECK (reencodes_to (g, b.data, b.len), "blob %s: re-encodes",
             c->name);
    }
  xir_func_free (g);
  xir_buf_free (&b);
  xir_func_free (f);
}

void
test_blob (void)
{
  xir_func *f = blob_base (), *g;
  const char *e;
  xir_buf b;
  size_t i;
  xir_target_from_meta ("x86_64-linux-gnu p64 le", &tgt);
  e = xir_func_check (f, &tgt);
  CHECK (!e, "blob base is well typed: %s", e ? e : "");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (g != NULL, "blob base decodes: %s", e ? e : "");
  if (g)
    {
      CHECK (reencodes_to (g, b.data, b.len), "blob base round trip");
      CHECK (g->blocks[0].stmts[0].call->flags & XIR_CF_MEMRET
             && g->blocks[0].stmts[0].mem[0].type.kind == XIR_T_BLOB
             && g->blocks[0].stmts[0].mem[0].base.kind == XIR_O_SLOT,
             "blob base: MEMRET destination decoded");
    }
  xir_func_free (g);
  /* Every proper prefix of the record is refused (the MEMRET reference
     is the last thing read of its statement).  */
  for (i = 0; i < b.len; i++)
    {
      g = decode (b.data, i, &e);
      CHECK (!g, "blob base: prefix of %zu bytes accepted", i);
      xir_func_free (g);
    }
  xir_buf_free (&b);
  xir_func_free (f);
  for (i = 0; i < sizeof blob_cases / sizeof blob_cases[0]; i++)
    blob_case_run (&blob_cases[i]);
}
