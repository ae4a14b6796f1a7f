/* xir-selftest-hreg.c - the self-test of two IR version 3 constructs:
 * hard-register variables as asm operands (global ones by name, local
 * ones with their value) and variables declared in a named address space
 * (xir_sym.as, memory references with such a symbol as base).  A valid
 * function round-trips (same bytes, same printed form) and passes the
 * checker; each rule broken once is refused with its message, by the
 * checker and, where the format can carry it, by the decoder.
 */
#include "xir-selftest.h"

#include <stdlib.h>

static xir_target tgt;

enum { H_X, H_SP, H_R10, H_PAS2, H_CUR, H__COUNT };

/* A hard-register variable operand: register REG, global variable VAR
   (NULL: a local one), type T.  */
static xir_asm_op
hreg_op (const char *constraint, const char *reg, const char *var, xir_type t)
{
  xir_asm_op op = asm_op (constraint, NULL);
  op.is_mem = XIR_ASM_HREG;
  op.hreg = strdup (reg);
  op.hvar = var ? strdup (var) : NULL;
  op.htype = t;
  return op;
}

/* long f (long x):
     asm ("# %0" : "+r" (current_stack_pointer));       global rsp, u64
     asm ("syscall" : "=r" (r10 as r2) : "0" (r10 = x)); local r10, i64
     p = &pcpu_hot (a pointer into %gs); cur = *(%gs: pcpu_hot + 8)
     return r2  */
static xir_func *
hreg_base (void)
{
  xir_type r[H__COUNT];
  xir_func *f = xir_func_new ("hreg");
  xir_stmt *s;
  uint32_t sym, i;
  r[H_X] = T_I64;
  r[H_SP] = T_U64;
  r[H_R10] = T_I64;
  r[H_PAS2] = T_PTR;
  r[H_PAS2].as = 2;
  r[H_CUR] = T_PTR;
  f->sig = sig_of (f, T_I64, 1, r, 0);
  for (i = 0; i < H__COUNT; i++)
    xir_add_reg (f, r[i]);
  xir_add_block (f);
  sym = xir_add_sym (f, "pcpu_hot", XIR_SYM_VAR, 0, 0);
  f->syms[sym].as = 2;

  s = xir_block_add_stmt (f, 0);
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("# %0", XIR_ASM_VOLATILE, 1, 1, 0, 0);
  s->asm_->outs[0] = hreg_op ("=r", "rsp", "current_stack_pointer", T_U64);
  s->asm_->ins[0] = hreg_op ("0", "rsp", "current_stack_pointer", T_U64);

  s = xir_block_add_stmt (f, 0);
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("syscall", XIR_ASM_VOLATILE, 1, 1, 1, 0);
  s->asm_->outs[0] = hreg_op ("=r", "r10", NULL, T_I64);
  s->asm_->outs[0].reg = H_R10;
  s->asm_->ins[0] = hreg_op ("0", "r10", NULL, T_I64);
  s->asm_->ins[0].val = op_reg (H_X);
  s->asm_->clobbers[0] = strdup ("memory");

  s = xir_block_add_stmt (f, 0);
  s->kind = XIR_S_ADDR;
  s->dst = H_PAS2;
  s->mem[0] = mem (op_addr (XIR_O_SYM, sym, 0), 0, T_BLOB16, 1);
  s->mem[0].as = 2;
  s = xir_block_add_stmt (f, 0);
  s->kind = XIR_S_LOAD;
  s->dst = H_CUR;
  s->mem[0] = mem (op_addr (XIR_O_SYM, sym, 0), 8, T_PTR, 8);
  s->mem[0].as = 2;

  f->blocks[0].term.kind = XIR_K_RETURN;
  f->blocks[0].term.a = op_reg (H_R10);
  return f;
}

static xir_asm_op *
out_op (xir_func *f, uint32_t i) { return &st (f, 0, i)->asm_->outs[0]; }
static xir_asm_op *
in_op (xir_func *f, uint32_t i) { return &st (f, 0, i)->asm_->ins[0]; }

typedef void (*mutator) (xir_func *);

/* Structural rules (no target needed); REPR: the format can carry it.  */
static void s_kind (xir_func *f) { in_op (f, 1)->is_mem = 3; }
static void s_noreg (xir_func *f)
{
  free (out_op (f, 0)->hreg);
  out_op (f, 0)->hreg = strdup ("");
}
static void s_novar (xir_func *f)
{
  free (in_op (f, 0)->hvar);
  in_op (f, 0)->hvar = strdup ("");
}
static void s_blob (xir_func *f) { out_op (f, 0)->htype = T_BLOB16; }
static void s_globval (xir_func *f) { out_op (f, 0)->reg = H_SP; }
static void s_globin (xir_func *f) { in_op (f, 0)->val = op_reg (H_SP); }
static void s_locreg (xir_func *f) { out_op (f, 1)->reg = 40; }
static void s_locnone (xir_func *f) { in_op (f, 1)->val = op_none (); }
static void s_symas (xir_func *f) { st (f, 0, 3)->mem[0].as = 1; }
static void s_symas0 (xir_func *f) { st (f, 0, 3)->mem[0].as = 0; }
static void s_funcas (xir_func *f)
{
  uint32_t k = xir_add_sym (f, "g", XIR_SYM_FUNC, f->sig, 0);
  f->syms[k].as = 2;
}
static void s_goto (xir_func *f)
{
  xir_asm *a = st (f, 0, 1)->asm_;
  uint32_t b = xir_add_block (f);
  f->blocks[b].term.kind = XIR_K_RETURN;
  f->blocks[b].term.a = op_reg (H_X);
  /* The asm goto ends its block (its own rule), so only this one fails. */
  f->blocks[0].nstmts = 2;
  f->blocks[0].term.kind = XIR_K_GOTO;
  f->blocks[0].term.succ[0] = b;
  a->nlabels = 1;
  a->labels = (uint32_t *) calloc (2, sizeof *a->labels);
  a->label_names = (char **) calloc (2, sizeof *a->label_names);
  a->labels[0] = b;
}
static void s_slotas (xir_func *f)
{
  xir_add_slot (f, 8, 8, 0, -1);
  st (f, 0, 3)->mem[0].base = op_addr (XIR_O_SLOT, 0, 0);
}

static const struct {
  const char *name;
  mutator fn;
  const char *want;
  int repr;
} structural[] = {
  { "asm operand kind 3", s_kind, "bad asm operand kind", 1 },
  { "register variable without register", s_noreg,
    "asm register variable without register name", 1 },
  { "register variable with an empty name", s_novar,
    "asm register variable with a bad name", 1 },
  { "register variable of a blob", s_blob,
    "asm register variable of non-scalar type", 1 },
  { "global register output with a register", s_globval,
    "asm global register variable with a value", 0 },
  { "global register input with a value", s_globin,
    "asm global register variable with a value", 0 },
  { "local register output out of range", s_locreg,
    "asm output register out of range", 1 },
  { "local register input without value", s_locnone, "missing operand", 1 },
  { "%fs access to a %gs variable", s_symas,
    "memory base points into another address space", 1 },
  { "generic access to a %gs variable", s_symas0,
    "memory base points into another address space", 1 },
  { "function in an address space", s_funcas,
    "function symbol in an address space", 0 },
  { "asm goto with a local register output", s_goto,
    "asm goto with a local register variable output", 1 },
  { "%gs access to a slot", s_slotas,
    "address-space access not through a pointer", 1 },
};

/* Typing rules (x86-64).  */
static void t_glob (xir_func *f) { out_op (f, 0)->htype = T_I32; }
/* Wider than any scalar the target handles (x86-64: 16 bytes).  */
static void t_glob256 (xir_func *f)
{
  out_op (f, 0)->htype = ty (XIR_T_INT, 32, 256, 1);
}
static void t_locout (xir_func *f) { out_op (f, 1)->htype = T_U64; }
static void t_locin (xir_func *f) { in_op (f, 1)->val = op_reg (H_SP); }
static void t_symaddr (xir_func *f) { st (f, 0, 2)->dst = H_CUR; }
static void t_space (xir_func *f)
{
  f->syms[0].as = 20;
  st (f, 0, 2)->mem[0].as = 20;
  st (f, 0, 3)->mem[0].as = 20;
}
static void g_symop (xir_func *f)
{
  /* The address of a %gs variable as an operand: a pointer into %gs.  */
  assign (f, 0, H_PAS2, XIR_OP_MOV, op_addr (XIR_O_SYM, 0, 8), op_none (),
          op_none ());
}
static void t_symop (xir_func *f)
{
  assign (f, 0, H_CUR, XIR_OP_MOV, op_addr (XIR_O_SYM, 0, 8), op_none (),
          op_none ());
}

static const struct {
  const char *name;
  mutator fn;
  const char *want;
} typing[] = {
  { "global register variable of i32", t_glob, NULL },
  { "global register variable of i256", t_glob256, "a malformed asm output" },
  { "local register output of another type", t_locout,
    "a malformed asm output" },
  { "local register input of another type", t_locin,
    "a malformed asm input" },
  { "address of a %gs variable into a generic pointer", t_symaddr,
    "a malformed address computation" },
  { "variable in space 20", t_space,
    "a variable in an unsupported address space" },
  { "mov of a %gs variable's address", g_symop, NULL },
  { "mov of a %gs variable's address to a generic pointer", t_symop,
    "a move between types" },
};

static void
test_valid (void)
{
  xir_func *f = hreg_base (), *g;
  xir_buf b, b2;
  const char *e;
  char *text = NULL;
  size_t len = 0;
  FILE *m;
  e = xir_func_check (f, &tgt);
  CHECK (!e, "hreg: valid function refused: %s", e);
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (g != NULL, "hreg: decode: %s", e);
  if (g)
    {
      CHECK (reencodes_to (g, b.data, b.len), "hreg: re-encoding differs");
      CHECK (!xir_func_check (g, &tgt), "hreg: decoded function refused");
      CHECK (g->syms[0].as == 2, "hreg: symbol address space lost");
      CHECK (!strcmp (g->blocks[0].stmts[0].asm_->outs[0].hreg, "rsp")
             && !strcmp (g->blocks[0].stmts[0].asm_->ins[0].hvar,
                         "current_stack_pointer")
             && !g->blocks[0].stmts[1].asm_->outs[0].hvar
             && g->blocks[0].stmts[1].asm_->outs[0].reg == H_R10
             && g->blocks[0].stmts[1].asm_->ins[0].val.idx == H_X,
             "hreg: register variables not decoded as encoded");
    }
  encode (f, &b2);
  CHECK (b.len == b2.len && !memcmp (b.data, b2.data, b.len),
         "hreg: encoding is not deterministic");
  m = open_memstream (&text, &len);
  xir_print_func (m, f);
  fclose (m);
  CHECK (strstr (text, "\"=r\" (reg \"rsp\" @current_stack_pointer u64)")
         && strstr (text, "\"0\" (reg \"r10\" i64 r0)")
         && strstr (text, "sym @pcpu_hot var as2"),
         "hreg: printed form:\n%s", text);
  free (text);
  xir_func_free (g);
  xir_buf_free (&b);
  xir_buf_free (&b2);
  xir_func_free (f);
}

void
test_hreg_as (void)
{
  size_t i;
  xir_target_from_meta ("x86_64-linux-gnu p64 le", &tgt);
  test_valid ();
  for (i = 0; i < sizeof structural / sizeof structural[0]; i++)
    {
      xir_func *f = hreg_base (), *g;
      const char *e;
      xir_buf b;
      structural[i].fn (f);
      e = xir_func_check (f, NULL);
      CHECK (e && !strcmp (e, structural[i].want), "%s: check said '%s'",
             structural[i].name, e ? e : "(nothing)");
      encode (f, &b);
      g = decode (b.data, b.len, &e);
      if (structural[i].repr)
        CHECK (!g && e, "%s: decoder accepted it", structural[i].name);
      else
        CHECK (g && !xir_func_check (g, NULL), "%s: not canonicalised",
               structural[i].name);
      xir_print_func (devnull, f);
      xir_func_free (g);
      xir_buf_free (&b);
      xir_func_free (f);
    }
  for (i = 0; i < sizeof typing / sizeof typing[0]; i++)
    {
      xir_func *f = hreg_base ();
      const char *e;
      typing[i].fn (f);
      e = xir_func_check (f, NULL);
      CHECK (!e, "%s: structure: %s", typing[i].name, e);
      e = xir_func_check (f, &tgt);
      CHECK (typing[i].want ? e && !strcmp (e, typing[i].want) : !e,
             "%s: said '%s'", typing[i].name, e ? e : "(nothing)");
      xir_func_free (f);
    }
}
