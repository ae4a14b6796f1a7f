/* xir-selftest-check.c - the self-test of the checker (xir_func_check):
 * every structural rule broken once in a valid function (the decoder must
 * refuse what the encoder can represent), and every typing rule, for the
 * x86-64 target, broken once next to its valid neighbour.
 */
#include "xir-selftest.h"

#include <stdlib.h>

/* The target of the typing rules: x86-64, as GCC describes it.  */
static xir_target x86_64;

/* ---- invalid functions -------------------------------------------------- */

typedef void (*mutator) (xir_func *);

static void m_reg (xir_func *f) { st (f, 0, 0)->ops[0].idx = 99; }
static void m_succ (xir_func *f) { f->blocks[2].term.succ[0] = 77; }
static void m_nodst (xir_func *f) { st (f, 0, 0)->dst = -1; }
static void m_dstrange (xir_func *f) { st (f, 0, 0)->dst = 1000; }
static void m_nargs (xir_func *f) { st (f, 0, 17)->call->nargs = 0; }
static void m_nargs_va (xir_func *f) { st (f, 0, 16)->call->nargs = 0; }
static void m_unterminated (xir_func *f) { xir_add_block (f); }
static void m_base (xir_func *f) { st (f, 0, 10)->mem[0].base = op_reg (0); }
static void m_cbase (xir_func *f)
{ st (f, 0, 15)->mem[0].base = op_const (T_I64, 8); }
static void m_sym (xir_func *f) { st (f, 0, 6)->ops[0].idx = 50; }
static void m_slot (xir_func *f) { st (f, 0, 7)->ops[0].idx = 50; }
static void m_pool (xir_func *f) { st (f, 0, 8)->ops[0].idx = 50; }
static void m_param (xir_func *f) { f->slots[1].param = 5; }
static void m_callsig (xir_func *f) { st (f, 0, 17)->call->sig = 50; }
static void m_paramtype (xir_func *f) { f->regs[0] = T_I64; }
static void m_dupsym (xir_func *f)
{ xir_add_sym (f, "printf", XIR_SYM_VAR, 0, 0); }
static void m_cases (xir_func *f)
{
  xir_case c = f->blocks[1].term.cases[0];
  f->blocks[1].term.cases[0] = f->blocks[1].term.cases[1];
  f->blocks[1].term.cases[1] = c;
}
static void m_caserange (xir_func *f) { f->blocks[1].term.cases[2].hi = 4; }
static void m_casesucc (xir_func *f) { f->blocks[1].term.cases[2].succ = 9; }
static void m_caseval (xir_func *f)
{ f->blocks[1].term.cases[2].hi = 0x80000000u; /* not an i32 */ }
static void m_callvar (xir_func *f)
{ st (f, 0, 16)->call->sym = 2; /* jiffies */ }
static void m_align (xir_func *f) { st (f, 0, 11)->mem[0].align = 3; }
static void m_align0 (xir_func *f) { st (f, 0, 11)->mem[0].align = 0; }
static void m_cmp (xir_func *f) { f->blocks[0].term.cmp = XIR_OP_ADD; }
static void m_prec (xir_func *f) { f->regs[3].prec = 0; }
static void m_prec2 (xir_func *f) { f->regs[3].prec = 65; }
static void m_blobconst (xir_func *f)
{ st (f, 0, 4)->ops[0].type = T_BLOB16; }
static void m_voidreg (xir_func *f) { f->regs[7] = T_VOID; }
static void m_voidcall (xir_func *f) { st (f, 4, 0)->dst = 2; }
static void m_voidmem (xir_func *f) { st (f, 0, 13)->mem[0].type = T_VOID; }
static void m_ownsig (xir_func *f) { f->sig = 99; }
static void m_nops (xir_func *f) { st (f, 0, 0)->nops = 1; }
static void m_nidx (xir_func *f) { st (f, 0, 10)->mem[0].nidx = 5; }
static void m_idxreg (xir_func *f) { st (f, 0, 10)->mem[0].idx[1].reg = 40; }
static void m_noop (xir_func *f) { st (f, 0, 0)->ops[1] = op_none (); }
static void m_nobase (xir_func *f) { st (f, 0, 12)->mem[1].base = op_none (); }
static void m_copytype (xir_func *f)
{ st (f, 0, 12)->mem[1].type = ty (XIR_T_BLOB, 8, 0, 0); }
static void m_mflags (xir_func *f) { st (f, 0, 12)->mem[1].flags = 2; }
static void m_cflags (xir_func *f) { st (f, 0, 16)->call->flags = 8; }
static void m_bname (xir_func *f)
{
  free (st (f, 0, 18)->call->bname);
  st (f, 0, 18)->call->bname = NULL;
}
static void
m_vastart (xir_func *f)
{
  free (st (f, 0, 18)->call->bname);
  st (f, 0, 18)->call->bname = strdup ("__builtin_va_start");
}
static void m_nocall (xir_func *f)
{
  xir_call *c = st (f, 0, 16)->call;
  free (c->args);
  free (c);
  st (f, 0, 16)->call = NULL;
}
static void m_ckind (xir_func *f) { st (f, 0, 16)->call->kind = 7; }
static void m_skind (xir_func *f) { st (f, 0, 13)->kind = 9; }
static void m_tkind (xir_func *f) { f->blocks[2].term.kind = 8; }
static void m_opcode (xir_func *f) { st (f, 0, 0)->op = 7; }
static void m_opkind (xir_func *f) { st (f, 0, 0)->ops[0].kind = 9; }
static void m_tykind (xir_func *f) { f->regs[3].kind = 9; }
static void m_uns (xir_func *f) { f->regs[3].uns = 2; }
static void m_varargs (xir_func *f) { f->sigs[0].varargs = 2; }
static void m_slotalign (xir_func *f) { f->slots[0].align = 6; }
static void m_slotflags (xir_func *f) { f->slots[0].flags = 2; }
static void m_poolalign (xir_func *f) { f->pool[0].align = 0; }
static void m_poolkind (xir_func *f) { f->pool[0].kind = XIR_POOL__LAST + 1; }
static void m_symkind (xir_func *f) { f->syms[0].kind = 2; }
static void m_symsig (xir_func *f) { f->syms[0].sig = 40; }
#define FL_KEY ".local.0123456789abcdef"
static void m_symlocal (xir_func *f) { f->syms[0].flags |= XIR_SYM_FILE_LOCAL; }
static void
m_symlocalname (xir_func *f)
{
  free (f->syms[0].name);
  f->syms[0].name = strdup ("printf" FL_KEY);
}
static void
m_symlocaladdr (xir_func *f)
{
  free (f->syms[3].name);
  f->syms[3].name = strdup ("callee" FL_KEY);   /* an indirect target */
  f->syms[3].flags |= XIR_SYM_FILE_LOCAL;
}
static void m_symname (xir_func *f) { f->syms[0].name[0] = 0; }
static void m_fname (xir_func *f) { f->name[0] = 0; }
static void m_retvoid (xir_func *f)
{
  xir_type p[2];
  p[0] = T_I32;
  p[1] = T_PTR;
  f->sig = sig_of (f, T_VOID, 2, p, 0);
}
static void m_voidparam (xir_func *f) { f->sigs[0].params[1] = T_VOID; }
static void m_condnone (xir_func *f) { f->blocks[0].term.b = op_none (); }
static void m_switchnone (xir_func *f) { f->blocks[1].term.a = op_none (); }
static void m_fewregs (xir_func *f) { f->nregs = 1; }
static xir_asm *A0 (xir_func *f) { return st (f, 0, 19)->asm_; }
static xir_asm *AG (xir_func *f) { return st (f, 6, 1)->asm_; }
static void m_asmreg (xir_func *f) { A0 (f)->outs[0].reg = 99; }
static void m_asmreg2 (xir_func *f) { A0 (f)->outs[0].reg = -1; }
static void m_asmlabel (xir_func *f) { AG (f)->labels[1] = 50; }
static void m_asmgoto (xir_func *f)
{
  f->blocks[6].term.kind = XIR_K_RETURN;
  f->blocks[6].term.a = op_reg (2);
}
static void m_asmgoto2 (xir_func *f)
{
  assign (f, 6, 2, XIR_OP_NEG, op_reg (2), op_none (), op_none ());
}
static void m_asmbasic (xir_func *f) { A0 (f)->flags |= XIR_ASM_BASIC; }
static void m_asmflags (xir_func *f) { A0 (f)->flags = 8; }
static void m_asmcons (xir_func *f)
{
  free (A0 (f)->ins[1].constraint);
  A0 (f)->ins[1].constraint = NULL;
}
static void m_asmnone (xir_func *f) { A0 (f)->ins[2].val = op_none (); }
static void m_asmmemflag (xir_func *f) { A0 (f)->ins[2].is_mem = 3; }
static void m_asmmem (xir_func *f) { A0 (f)->outs[1].mem.align = 12; }
static void m_asmclob (xir_func *f)
{
  free (A0 (f)->clobbers[1]);
  A0 (f)->clobbers[1] = NULL;
}
static void m_asmtempl (xir_func *f)
{
  free (A0 (f)->templ);
  A0 (f)->templ = NULL;
}
static void m_asmnull (xir_func *f)
{
  xir_asm *a = AG (f);
  uint32_t i;
  free (a->templ);
  for (i = 0; i < a->nin; i++)
    free (a->ins[i].constraint);
  free (a->ins);
  free (a->outs);
  free (a->clobbers);
  free (a->labels);
  free (a->label_names[0]);
  free (a->label_names);
  free (a);
  st (f, 6, 1)->asm_ = NULL;
}

struct mutation {
  const char *name;
  mutator fn;
  const char *check_err;  /* expected from xir_func_check */
  int representable;      /* 1: the decoder must refuse the encoding */
};

static const struct mutation mutations[] = {
  { "reg", m_reg, "register index out of range", 1 },
  { "succ", m_succ, "branch target out of range", 1 },
  { "nodst", m_nodst, "statement without destination register", 1 },
  { "dstrange", m_dstrange, "destination register out of range", 1 },
  { "nargs", m_nargs, "call argument count does not match its signature", 1 },
  { "nargs_va", m_nargs_va, "call argument count does not match its signature",
    1 },
  { "unterminated", m_unterminated, "block without terminator", 1 },
  { "base", m_base, "memory base register is not a pointer", 1 },
  { "cbase", m_cbase, "memory base constant is not a pointer", 1 },
  { "sym", m_sym, "symbol index out of range", 1 },
  { "slot", m_slot, "slot index out of range", 1 },
  { "pool", m_pool, "pool index out of range", 1 },
  { "param", m_param, "slot parameter out of range", 1 },
  { "callsig", m_callsig, "call signature index out of range", 1 },
  { "paramtype", m_paramtype,
    "parameter register type differs from the signature", 1 },
  { "dupsym", m_dupsym, "symbol listed twice", 1 },
  { "cases", m_cases, "switch cases overlap or are not sorted", 1 },
  { "caserange", m_caserange, "switch case range is empty", 1 },
  { "casesucc", m_casesucc, "switch case target out of range", 1 },
  { "caseval", m_caseval, "switch case value outside the index type", 1 },
  { "callvar", m_callvar, "direct call of a variable", 1 },
  { "align", m_align, "memory alignment not a power of two", 1 },
  { "align0", m_align0, "memory alignment not a power of two", 1 },
  { "cmp", m_cmp, "bad comparison in conditional branch", 1 },
  { "prec", m_prec, "bad scalar type precision", 1 },
  { "prec2", m_prec2, "bad scalar type precision", 1 },
  { "blobconst", m_blobconst, "constant of non-scalar type", 1 },
  { "voidreg", m_voidreg, "register of void type", 1 },
  { "voidcall", m_voidcall, "result of a void call used", 1 },
  { "voidmem", m_voidmem, "memory access of void type", 1 },
  { "ownsig", m_ownsig, "function signature index out of range", 1 },
  { "nops", m_nops, "operand count does not match the opcode", 0 },
  { "nidx", m_nidx, "too many index terms", 0 },
  { "idxreg", m_idxreg, "index register out of range", 1 },
  { "noop", m_noop, "missing operand", 1 },
  { "nobase", m_nobase, "memory reference without base", 1 },
  { "copytype", m_copytype, "copy between different types", 1 },
  { "mflags", m_mflags, "bad memory flags", 1 },
  { "cflags", m_cflags, "bad call flags", 1 },
  { "bname", m_bname, "builtin call without name", 1 },
  { "nocall", m_nocall, "call statement without call", 1 },
  { "ckind", m_ckind, "bad call kind", 1 },
  { "skind", m_skind, "bad statement kind", 1 },
  { "tkind", m_tkind, "bad terminator kind", 1 },
  { "opcode", m_opcode, "bad opcode", 1 },
  { "opkind", m_opkind, "bad operand kind", 1 },
  { "tykind", m_tykind, "bad type kind", 1 },
  { "uns", m_uns, "bad type signedness flag", 1 },
  { "varargs", m_varargs, "bad varargs flag", 1 },
  { "slotalign", m_slotalign, "slot alignment not a power of two", 1 },
  { "slotflags", m_slotflags, "bad slot flags", 1 },
  { "poolalign", m_poolalign, "pool alignment not a power of two", 1 },
  { "poolkind", m_poolkind, "bad pool kind", 1 },
  { "symkind", m_symkind, "bad symbol kind", 1 },
  { "symsig", m_symsig, "symbol signature index out of range", 1 },
  { "vastart", m_vastart, "va_start in a function with fixed arguments", 1 },
  { "symlocal", m_symlocal, "file-local flag and symbol name disagree", 1 },
  { "symlocalname", m_symlocalname,
    "file-local flag and symbol name disagree", 1 },
  { "symlocaladdr", m_symlocaladdr, "address of a file-local function", 1 },
  { "symname", m_symname, "symbol without name", 1 },
  { "fname", m_fname, "function without name", 1 },
  { "retvoid", m_retvoid, "value returned from a void function", 1 },
  { "voidparam", m_voidparam, "parameter of void type", 1 },
  { "condnone", m_condnone, "missing operand", 1 },
  { "switchnone", m_switchnone, "missing operand", 1 },
  { "fewregs", m_fewregs, "fewer registers than parameters", 1 },
  { "asmreg", m_asmreg, "asm output register out of range", 1 },
  { "asmreg2", m_asmreg2, "asm output register out of range", 1 },
  { "asmlabel", m_asmlabel, "asm goto target out of range", 1 },
  { "asmgoto", m_asmgoto, "asm goto not at the end of a block ending in goto",
    1 },
  { "asmgoto2", m_asmgoto2,
    "asm goto not at the end of a block ending in goto", 1 },
  { "asmbasic", m_asmbasic, "basic asm with operands", 1 },
  { "asmflags", m_asmflags, "bad asm flags", 1 },
  { "asmcons", m_asmcons, "asm operand without constraint", 0 },
  { "asmnone", m_asmnone, "missing operand", 1 },
  { "asmmemflag", m_asmmemflag, "bad asm operand kind", 1 },
  { "asmmem", m_asmmem, "memory alignment not a power of two", 1 },
  { "asmclob", m_asmclob, "asm clobber without name", 0 },
  { "asmtempl", m_asmtempl, "asm without template", 0 },
  { "asmnull", m_asmnull, "asm statement without asm", 1 },
};

void
test_invalid (void)
{
  size_t i;
  xir_target_from_meta ("x86_64-linux-gnu p64 le", &x86_64);
  for (i = 0; i < sizeof mutations / sizeof mutations[0]; i++)
    {
      const struct mutation *m = &mutations[i];
      xir_func *f = build_all ("victim"), *g;
      uint32_t saved_nregs = f->nregs;
      const char *e;
      xir_buf b;
      CHECK (xir_func_check (f, NULL) == NULL, "%s: unmutated", m->name);
      m->fn (f);
      e = xir_func_check (f, NULL);
      CHECK (e && !strcmp (e, m->check_err), "%s: check said '%s'", m->name,
             e ? e : "(nothing)");
      e = xir_func_check (f, &x86_64);
      CHECK (e && !strcmp (e, m->check_err), "%s: with a target: '%s'",
             m->name, e ? e : "(nothing)");
      encode (f, &b);
      g = decode (b.data, b.len, &e);
      if (m->representable)
        CHECK (!g && e, "%s: decoder accepted it", m->name);
      else
        CHECK (g && !xir_func_check (g, NULL), "%s: not canonicalised",
               m->name);
      xir_print_func (devnull, f);   /* the printer copes with bad IR */
      xir_func_free (g);
      xir_buf_free (&b);
      if (m->fn == m_fewregs)
        f->nregs = saved_nregs;
      xir_func_free (f);
    }
}

/* ---- typing rules ------------------------------------------------------- */

/* The registers of typed_base: three parameters, then one of each type the
   cases need.  */
enum {
  R_A, R_P, R_C,              /* parameters: i32, ptr, i64 */
  R_I32, R_BOOL, R_U64, R_PTR, R_I8, R_U32, R_PAS1, R_I16, R__COUNT
};

static xir_type
ty_as (uint8_t kind, unsigned size, unsigned prec, int uns, uint8_t as)
{
  xir_type t = ty (kind, size, prec, uns);
  t.as = as;
  return t;
}
#define T_I8 ty (XIR_T_INT, 1, 8, 0)
#define T_I16 ty (XIR_T_INT, 2, 16, 0)
#define T_U32 ty (XIR_T_INT, 4, 32, 1)
#define T_I24 ty (XIR_T_INT, 3, 24, 0)
#define T_PAS1 ty_as (XIR_T_PTR, 8, 64, 0, 1)

/* int typed (int a, void *p, long c): one register of each type, a slot,
   blocks 0 and 1 returning a; each case adds to block 0 before its
   return.  Well typed for x86-64.  */
static xir_func *
typed_base (void)
{
  xir_type r[R__COUNT];
  xir_func *f = xir_func_new ("typed");
  unsigned i;
  r[R_A] = T_I32;
  r[R_P] = T_PTR;
  r[R_C] = T_I64;
  r[R_I32] = T_I32;
  r[R_BOOL] = T_BOOL;
  r[R_U64] = T_U64;
  r[R_PTR] = T_PTR;
  r[R_I8] = T_I8;
  r[R_U32] = T_U32;
  r[R_PAS1] = T_PAS1;
  r[R_I16] = T_I16;
  f->sig = sig_of (f, T_I32, 3, r, 0);
  for (i = 0; i < R__COUNT; i++)
    xir_add_reg (f, r[i]);
  xir_add_slot (f, 16, 8, 0, -1);
  for (i = 0; i < 2; i++)
    {
      xir_add_block (f);
      f->blocks[i].term.kind = XIR_K_RETURN;
      f->blocks[i].term.a = op_reg (R_A);
    }
  return f;
}

static xir_operand R (uint32_t r) { return op_reg (r); }
#define NONE op_none ()

static void
op2 (xir_func *f, int32_t dst, uint8_t op, xir_operand a, xir_operand b)
{
  assign (f, 0, dst, op, a, b, NONE);
}

static void
op3 (xir_func *f, int32_t dst, uint8_t op, xir_operand a, xir_operand b,
     xir_operand c)
{
  assign (f, 0, dst, op, a, b, c);
}

/* A statement of KIND (LOAD, STORE, COPY, ZERO, ADDR) on memory M (and
   M2 for COPY); DST or the stored operand V.  */
static void
memst (xir_func *f, uint8_t kind, int32_t dst, xir_mem m, xir_mem m2,
       xir_operand v)
{
  xir_stmt *s = xir_block_add_stmt (f, 0);
  s->kind = kind;
  s->dst = dst;
  s->mem[0] = m;
  s->mem[1] = m2;
  if (kind == XIR_S_STORE)
    {
      s->nops = 1;
      s->ops[0] = v;
    }
}

static xir_mem
at_p (xir_type t, uint32_t align)
{
  return mem (op_reg (R_P), 0, t, align);
}

static xir_mem
indexed (uint32_t idx_reg)
{
  xir_mem m = at_p (T_I32, 4);
  m.nidx = 1;
  m.idx[0].reg = idx_reg;
  m.idx[0].scale = 4;
  return m;
}

/* A call of KIND to a function of type RET (PARAM[, ...]) with argument
   ARG, through symbol "g" of type SYMRET (SYMPARAM) for DIRECT, or
   through TARGET for INDIRECT; result to DST.  */
static void
call1 (xir_func *f, uint8_t kind, xir_type ret, xir_type param, int varargs,
       xir_operand arg, int32_t dst, xir_type symparam, xir_operand target)
{
  xir_stmt *s = xir_block_add_stmt (f, 0);
  xir_call *c = xir_call_new (1);
  c->kind = kind;
  c->sig = sig_of (f, ret, 1, &param, varargs);
  if (kind == XIR_C_DIRECT)
    c->sym = xir_add_sym (f, "g", XIR_SYM_FUNC,
                          sig_of (f, ret, 1, &symparam, varargs), 0);
  c->target = target;
  c->args[0] = arg;
  s->kind = XIR_S_CALL;
  s->dst = dst;
  s->call = c;
}

static void
direct (xir_func *f, xir_type param, xir_operand arg, int32_t dst)
{
  call1 (f, XIR_C_DIRECT, T_I32, param, 0, arg, dst, param, NONE);
}

/* An asm with one memory output or input M.  */
static void
asm_mem (xir_func *f, int output, xir_mem m)
{
  xir_stmt *s = xir_block_add_stmt (f, 0);
  xir_asm_op *op;
  s->kind = XIR_S_ASM;
  s->asm_ = new_asm ("# %0", XIR_ASM_VOLATILE, output, !output, 0, 0);
  op = output ? &s->asm_->outs[0] : &s->asm_->ins[0];
  *op = asm_op (output ? "=m" : "m", NULL);
  op->is_mem = 1;
  op->mem = m;
}

static void
term (xir_func *f, uint8_t kind, xir_operand a, xir_operand b)
{
  xir_term *t = &f->blocks[0].term;
  t->kind = kind;
  t->cmp = XIR_OP_LT;
  t->a = a;
  t->b = b;
  t->succ[0] = t->succ[1] = 1;
}

/* Each typing rule broken (b_*) next to a valid neighbour (g_*).  */
static void g_reg (xir_func *f) { xir_add_reg (f, ty (XIR_T_INT, 4, 24, 0)); }
static void b_reg (xir_func *f) { xir_add_reg (f, T_I24); }
static void b_reg16 (xir_func *f)
{ xir_add_reg (f, ty (XIR_T_INT, 16, 128, 0)); }
static void b_bool (xir_func *f) { xir_add_reg (f, ty (XIR_T_BOOL, 1, 8, 1)); }
static void b_ptr4 (xir_func *f) { xir_add_reg (f, ty (XIR_T_PTR, 4, 32, 0)); }
static void g_as2 (xir_func *f)
{ xir_add_reg (f, ty_as (XIR_T_PTR, 8, 64, 0, 2)); }
static void b_as16 (xir_func *f)
{ xir_add_reg (f, ty_as (XIR_T_PTR, 8, 64, 0, 16)); }
static void b_blobreg (xir_func *f) { xir_add_reg (f, T_BLOB16); }
static void g_const (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ADD, R (R_A), op_const (T_I32, 1)); }
static void b_const (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ADD, R (R_A), op_const (T_I24, 1)); }
static void g_mov (xir_func *f) { op2 (f, R_I32, XIR_OP_MOV, R (R_A), NONE); }
static void b_mov (xir_func *f) { op2 (f, R_I32, XIR_OP_MOV, R (R_C), NONE); }
static void g_conv (xir_func *f)
{ op2 (f, R_I32, XIR_OP_CONV, R (R_P), NONE); }
static void g_and (xir_func *f)
{ op2 (f, R_I32, XIR_OP_AND, R (R_A), R (R_I32)); }
static void g_notb (xir_func *f)
{ op2 (f, R_BOOL, XIR_OP_NOT, R (R_BOOL), NONE); }
static void b_andp (xir_func *f)
{ op2 (f, R_PTR, XIR_OP_AND, R (R_P), R (R_PTR)); }
static void b_xor (xir_func *f)
{ op2 (f, R_I32, XIR_OP_XOR, R (R_A), R (R_C)); }
static void g_absu (xir_func *f)
{ op2 (f, R_U32, XIR_OP_ABSU, R (R_A), NONE); }
static void b_absu (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ABSU, R (R_A), NONE); }
static void b_absu2 (xir_func *f)
{ op2 (f, R_U32, XIR_OP_ABSU, R (R_C), NONE); }
static void g_shl (xir_func *f)
{ op2 (f, R_I32, XIR_OP_SHL, R (R_A), R (R_I8)); }
static void b_shl (xir_func *f)
{ op2 (f, R_I32, XIR_OP_SHL, R (R_A), R (R_BOOL)); }
static void b_shlp (xir_func *f)
{ op2 (f, R_PTR, XIR_OP_ROTL, R (R_PTR), R (R_I8)); }
static void g_padd (xir_func *f)
{ op2 (f, R_PTR, XIR_OP_PTR_ADD, R (R_P), R (R_U64)); }
static void b_padd (xir_func *f)
{ op2 (f, R_PTR, XIR_OP_PTR_ADD, R (R_P), R (R_U32)); }
static void b_padd2 (xir_func *f)
{ op2 (f, R_PAS1, XIR_OP_PTR_ADD, R (R_P), R (R_U64)); }
static void g_pdiff (xir_func *f)
{ op2 (f, R_C, XIR_OP_PTR_DIFF, R (R_P), R (R_PTR)); }
static void b_pdiff (xir_func *f)
{ op2 (f, R_U64, XIR_OP_PTR_DIFF, R (R_P), R (R_PTR)); }
static void b_pdiff2 (xir_func *f)
{ op2 (f, R_C, XIR_OP_PTR_DIFF, R (R_P), R (R_C)); }
static void g_lt (xir_func *f)
{ op2 (f, R_BOOL, XIR_OP_LT, R (R_A), R (R_I32)); }
static void g_lti (xir_func *f)
{ op2 (f, R_I32, XIR_OP_EQ, R (R_P), R (R_PTR)); }
static void b_lt (xir_func *f)
{ op2 (f, R_BOOL, XIR_OP_LT, R (R_A), R (R_C)); }
static void b_ltp (xir_func *f)
{ op2 (f, R_PTR, XIR_OP_EQ, R (R_A), R (R_A)); }
static void g_cond (xir_func *f)
{ op3 (f, R_I32, XIR_OP_COND, R (R_BOOL), R (R_A), R (R_I32)); }
static void b_cond (xir_func *f)
{ op3 (f, R_PTR, XIR_OP_COND, R (R_P), R (R_PTR), R (R_PTR)); }
static void b_cond2 (xir_func *f)
{ op3 (f, R_I32, XIR_OP_COND, R (R_BOOL), R (R_A), R (R_C)); }
static void g_ovf (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ADD_OVF, R (R_I8), R (R_BOOL)); }
static void b_ovf (xir_func *f)
{ op2 (f, R_BOOL, XIR_OP_MUL_OVF, R (R_A), R (R_A)); }
static void b_ovf2 (xir_func *f)
{ op2 (f, R_I32, XIR_OP_SUB_OVF_VAL, R (R_P), R (R_A)); }
static void g_mulh (xir_func *f)
{ op2 (f, R_C, XIR_OP_MULH, R (R_C), R (R_C)); }
static void b_mulh (xir_func *f)
{ op2 (f, R_C, XIR_OP_MULH, R (R_C), R (R_A)); }
static void b_mulh24 (xir_func *f)
{
  uint32_t r = xir_add_reg (f, ty (XIR_T_INT, 4, 24, 0));
  op2 (f, (int32_t) r, XIR_OP_MULH, R (r), R (r));
}
static void g_add (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ADD, R (R_A), R (R_I32)); }
static void g_div (xir_func *f)
{ op2 (f, R_U64, XIR_OP_DIV_TRUNC, R (R_U64), op_const (T_U64, 3)); }
static void b_add (xir_func *f)
{ op2 (f, R_I32, XIR_OP_ADD, R (R_A), R (R_C)); }
static void b_negp (xir_func *f) { op2 (f, R_PTR, XIR_OP_NEG, R (R_P), NONE); }
static void g_load (xir_func *f)
{ memst (f, XIR_S_LOAD, R_I32, at_p (T_I32, 4), at_p (T_I32, 4), NONE); }
static void g_loadas (xir_func *f)
{
  xir_mem m = mem (op_reg (R_PAS1), 0, T_I32, 4);
  m.as = 1;
  memst (f, XIR_S_LOAD, R_I32, m, m, NONE);
}
static void b_load (xir_func *f)
{ memst (f, XIR_S_LOAD, R_I32, at_p (T_I64, 8), at_p (T_I32, 4), NONE); }
static void b_loadal (xir_func *f)
{ memst (f, XIR_S_LOAD, R_I32, at_p (T_I32, 8192), at_p (T_I32, 4), NONE); }
static void g_loadix (xir_func *f)
{ memst (f, XIR_S_LOAD, R_I32, indexed (R_I8), indexed (R_I8), NONE); }
static void b_loadix (xir_func *f)
{ memst (f, XIR_S_LOAD, R_I32, indexed (R_BOOL), indexed (R_I8), NONE); }
static void g_store (xir_func *f)
{ memst (f, XIR_S_STORE, -1, at_p (T_I32, 4), at_p (T_I32, 4), R (R_A)); }
static void b_store (xir_func *f)
{ memst (f, XIR_S_STORE, -1, at_p (T_I64, 4), at_p (T_I32, 4), R (R_A)); }
static void g_copy (xir_func *f)
{
  memst (f, XIR_S_COPY, -1, mem (op_addr (XIR_O_SLOT, 0, 0), 0, T_BLOB16, 8),
         at_p (T_BLOB16, 1), NONE);
}
static void b_copy (xir_func *f)
{
  memst (f, XIR_S_COPY, -1, mem (op_addr (XIR_O_SLOT, 0, 0), 0, T_BLOB16, 8),
         at_p (ty (XIR_T_BLOB, 16, 0, 1), 1), NONE);
}
static void g_zero (xir_func *f)
{ memst (f, XIR_S_ZERO, -1, at_p (T_BLOB16, 1), at_p (T_I32, 4), NONE); }
static void b_zero (xir_func *f)
{ memst (f, XIR_S_ZERO, -1, at_p (T_I24, 1), at_p (T_I32, 4), NONE); }
static void g_addr (xir_func *f)
{ memst (f, XIR_S_ADDR, R_PTR, indexed (R_U64), indexed (R_U64), NONE); }
static void b_addr (xir_func *f)
{ memst (f, XIR_S_ADDR, R_C, at_p (T_PTR, 1), at_p (T_PTR, 1), NONE); }
static void b_addrix (xir_func *f)
{ memst (f, XIR_S_ADDR, R_PTR, indexed (R_BOOL), indexed (R_U64), NONE); }
static void g_call (xir_func *f) { direct (f, T_I32, R (R_A), R_I32); }
static void b_callarg (xir_func *f) { direct (f, T_I32, R (R_C), -1); }
static void g_promo (xir_func *f) { direct (f, T_I8, R (R_A), -1); }
static void g_promo16 (xir_func *f) { direct (f, T_I16, R (R_I32), -1); }
static void b_promo (xir_func *f) { direct (f, T_I8, R (R_C), -1); }
static void b_vararg (xir_func *f)
{
  call1 (f, XIR_C_DIRECT, T_I32, T_PTR, 1, R (R_P), -1, T_PTR, NONE);
  xir_call *c = st (f, 0, 0)->call;
  c->nargs = 2;
  c->args = (xir_operand *) realloc (c->args, 2 * sizeof *c->args);
  c->args[1] = op_const (T_I24, 5);
}
static void b_callres (xir_func *f) { direct (f, T_I32, R (R_A), R_C); }
static void b_callsig (xir_func *f)
{ call1 (f, XIR_C_DIRECT, T_I32, T_I32, 0, R (R_A), -1, T_I64, NONE); }
static void g_callind (xir_func *f)
{ call1 (f, XIR_C_INDIRECT, T_I32, T_I32, 0, R (R_A), -1, T_I32, R (R_P)); }
static void b_callind (xir_func *f)
{ call1 (f, XIR_C_INDIRECT, T_I32, T_I32, 0, R (R_A), -1, T_I32, R (R_C)); }
static void g_asmout (xir_func *f) { asm_mem (f, 1, indexed (R_I8)); }
static void b_asmout (xir_func *f) { asm_mem (f, 1, indexed (R_BOOL)); }
static void g_asmin (xir_func *f) { asm_mem (f, 0, at_p (T_I32, 4)); }
static void b_asmin (xir_func *f) { asm_mem (f, 0, at_p (T_I24, 4)); }
static void g_br (xir_func *f) { term (f, XIR_K_COND, R (R_A), R (R_I32)); }
static void b_br (xir_func *f) { term (f, XIR_K_COND, R (R_A), R (R_C)); }
static void g_sw (xir_func *f) { term (f, XIR_K_SWITCH, R (R_I8), NONE); }
static void b_sw (xir_func *f) { term (f, XIR_K_SWITCH, R (R_BOOL), NONE); }
static void b_swp (xir_func *f) { term (f, XIR_K_SWITCH, R (R_P), NONE); }
static void b_ret (xir_func *f) { term (f, XIR_K_RETURN, R (R_C), NONE); }
static void b_retnone (xir_func *f) { term (f, XIR_K_RETURN, NONE, NONE); }

struct typing_case {
  const char *name;
  mutator fn;
  const char *want;           /* xir_func_check's verdict, NULL: accepted */
};

static const struct typing_case typing_cases[] = {
  { "reg i24 in 4 bytes", g_reg, NULL },
  { "reg i24 in 3 bytes", b_reg, "a register of unsupported type" },
  { "reg i128", b_reg16, NULL },
  { "reg bool of 8 bits", b_bool, "a register of unsupported type" },
  { "reg ptr of 4 bytes", b_ptr4, "a register of unsupported type" },
  { "reg ptr into %gs", g_as2, NULL },
  { "reg ptr into space 16", b_as16, "a register of unsupported type" },
  { "reg blob", b_blobreg, "a register of unsupported type" },
  { "const i32", g_const, NULL },
  { "const i24", b_const, "a constant of unsupported type" },
  { "mov", g_mov, NULL },
  { "mov i64 to i32", b_mov, "a move between types" },
  { "conv ptr to i32", g_conv, NULL },
  { "and", g_and, NULL },
  { "not bool", g_notb, NULL },
  { "and ptr", b_andp, "a bitwise operation on mixed types" },
  { "xor i32 i64", b_xor, "a bitwise operation on mixed types" },
  { "absu", g_absu, NULL },
  { "absu to signed", b_absu, "a malformed ABSU" },
  { "absu of i64 to u32", b_absu2, "a malformed ABSU" },
  { "shl by i8", g_shl, NULL },
  { "shl by bool", b_shl, "a malformed shift" },
  { "rotl ptr", b_shlp, "a malformed shift" },
  { "ptr_add u64", g_padd, NULL },
  { "ptr_add u32", b_padd, "a malformed pointer addition" },
  { "ptr_add to another space", b_padd2, "a malformed pointer addition" },
  { "ptr_diff to i64", g_pdiff, NULL },
  { "ptr_diff to u64", b_pdiff, "a malformed pointer difference" },
  { "ptr_diff of i64", b_pdiff2, "a malformed pointer difference" },
  { "lt to bool", g_lt, NULL },
  { "eq of ptrs to i32", g_lti, NULL },
  { "lt i32 i64", b_lt, "a comparison of mixed types" },
  { "eq to ptr", b_ltp, "a comparison of mixed types" },
  { "cond", g_cond, NULL },
  { "cond on ptr", b_cond, "a malformed conditional" },
  { "cond i32 i64", b_cond2, "a malformed conditional" },
  { "add_ovf i8 bool to i32", g_ovf, NULL },
  { "mul_ovf to bool", b_ovf, "malformed checked arithmetic" },
  { "sub_ovf_val of ptr", b_ovf2, "malformed checked arithmetic" },
  { "mulh i64", g_mulh, NULL },
  { "mulh i64 i32", b_mulh, "arithmetic on mixed types" },
  { "mulh i24", b_mulh24, "a high-part multiplication the target cannot do" },
  { "add", g_add, NULL },
  { "div_trunc u64 const", g_div, NULL },
  { "add i32 i64", b_add, "arithmetic on mixed types" },
  { "neg ptr", b_negp, "arithmetic on mixed types" },
  { "load", g_load, NULL },
  { "load from %fs", g_loadas, NULL },
  { "load i64 to i32", b_load, "a malformed load" },
  { "load aligned 8192", b_loadal, "a malformed load" },
  { "load indexed by i8", g_loadix, NULL },
  { "load indexed by bool", b_loadix, "a malformed load" },
  { "store", g_store, NULL },
  { "store i32 as i64", b_store, "a malformed store" },
  { "copy", g_copy, NULL },
  { "copy of unequal blobs", b_copy, "a malformed copy" },
  { "zero blob", g_zero, NULL },
  { "zero i24", b_zero, "a malformed clear" },
  { "addr indexed", g_addr, NULL },
  { "addr to i64", b_addr, "a malformed address computation" },
  { "addr indexed by bool", b_addrix, "a malformed address computation" },
  { "call", g_call, NULL },
  { "call with i64 for i32", b_callarg,
    "a call with an argument of the wrong type" },
  { "call with int for char", g_promo, NULL },
  { "call with int for short", g_promo16, NULL },
  { "call with long for char", b_promo,
    "a call with an argument of the wrong type" },
  { "call with an i24 vararg", b_vararg,
    "a call with an argument of the wrong type" },
  { "call result to i64", b_callres,
    "a call whose result has the wrong type" },
  { "call through another type", b_callsig,
    "a call through a different function type" },
  { "indirect call", g_callind, NULL },
  { "indirect call through i64", b_callind,
    "an indirect call through a non-pointer" },
  { "asm memory output", g_asmout, NULL },
  { "asm output indexed by bool", b_asmout, "a malformed asm output" },
  { "asm memory input", g_asmin, NULL },
  { "asm input of i24", b_asmin, "a malformed asm input" },
  { "branch", g_br, NULL },
  { "branch i32 i64", b_br, "a malformed branch" },
  { "switch on i8", g_sw, NULL },
  { "switch on bool", b_sw, "a malformed switch" },
  { "switch on ptr", b_swp, "a malformed switch" },
  { "return i64 for i32", b_ret, "a return of the wrong type" },
  { "return nothing for i32", b_retnone, "a return of the wrong type" },
};

/* Every typing case: structurally valid (also after a trip through the
   decoder, which stays at that level), and judged as expected for
   x86-64.  */
static void
test_typing_cases (void)
{
  size_t i;
  for (i = 0; i < sizeof typing_cases / sizeof typing_cases[0]; i++)
    {
      const struct typing_case *c = &typing_cases[i];
      xir_func *f = typed_base (), *g;
      const char *e;
      xir_buf b;
      CHECK (!xir_func_check (f, &x86_64), "%s: base refused", c->name);
      c->fn (f);
      e = xir_func_check (f, NULL);
      CHECK (!e, "%s: structure: %s", c->name, e);
      e = xir_func_check (f, &x86_64);
      CHECK (c->want ? e && !strcmp (e, c->want) : !e, "%s: said '%s'",
             c->name, e ? e : "(nothing)");
      encode (f, &b);
      g = decode (b.data, b.len, &e);
      CHECK (g != NULL, "%s: decoder refused it: %s", c->name, e);
      if (g)
        {
          e = xir_func_check (g, &x86_64);
          CHECK (c->want ? e && !strcmp (e, c->want) : !e,
                 "%s: decoded, said '%s'", c->name, e ? e : "(nothing)");
        }
      xir_func_free (g);
      xir_buf_free (&b);
      xir_func_free (f);
    }
}

/* The rules take the target's parameters from xir_target.  */
static void
test_target_parameters (void)
{
  xir_target wide = x86_64, p32 = x86_64, int16 = x86_64, m32 = x86_64;
  xir_target flat = x86_64;
  xir_func *f;
  wide.max_scalar_bytes = 16;
  wide.mulh_max_bits = 128;
  p32.ptr_bits = 32;
  int16.int_bits = 16;
  m32.mulh_max_bits = 32;
  flat.addr_spaces = 1;

  f = typed_base ();
  b_reg16 (f);
  CHECK (!xir_func_check (f, &wide), "i128 with 16-byte scalars");
  wide.max_scalar_bytes = 8;
  CHECK (xir_func_check (f, &wide) != NULL
         && !strcmp (xir_func_check (f, &wide),
                     "a register of unsupported type"),
         "i128 with 8-byte scalars");
  xir_func_free (f);

  f = typed_base ();
  g_mulh (f);
  CHECK (xir_func_check (f, &m32) != NULL
         && !strcmp (xir_func_check (f, &m32),
                     "a high-part multiplication the target cannot do"),
         "mulh i64 needs 128-bit products");
  xir_func_free (f);

  f = typed_base ();            /* its pointers are 64-bit */
  CHECK (xir_func_check (f, &p32) != NULL, "64-bit pointers, 32-bit target");
  xir_func_free (f);

  /* Promotion to a 16-bit int: an i16 passes for an i8, an i32 does not.  */
  f = typed_base ();
  direct (f, T_I8, R (R_I16), -1);
  CHECK (xir_func_check (f, &x86_64) != NULL, "i16 for i8, 32-bit int");
  CHECK (!xir_func_check (f, &int16), "i16 for i8, 16-bit int");
  xir_func_free (f);
  f = typed_base ();
  g_promo (f);
  CHECK (xir_func_check (f, &int16) != NULL, "i32 for i8, 16-bit int");
  xir_func_free (f);

  f = typed_base ();            /* it has a register pointing into %fs */
  CHECK (xir_func_check (f, &flat) != NULL
         && !strcmp (xir_func_check (f, &flat),
                     "a register of unsupported type"),
         "address space 1 on a target without it");
  xir_func_free (f);
}

static void
test_target_names (void)
{
  static const struct {
    const char *meta; int known; unsigned ptr, mulh, scalar;
  } names[] = {
    { "x86_64-linux-gnu p64 le", 1, 64, 64, 16 },
    { "x86_64-pc-linux-gnu p64 le", 1, 64, 64, 16 },
    { "i686-linux-gnu p32 le", 1, 32, 32, 8 },
    { "i386-pc-linux-gnu p32 le", 1, 32, 32, 8 },
    { "x86_64-linux-gnu p32 le", 0, 0, 0, 0 },     /* -m32 or -mx32 */
    { "x86_64-linux-gnu p64 be", 0, 0, 0, 0 },
    { "aarch64-linux-gnu p64 le", 0, 0, 0, 0 },
    { "unknown p64 le", 0, 0, 0, 0 },
    { "x86_64-linux-gnu", 0, 0, 0, 0 },
    { "", 0, 0, 0, 0 },
  };
  size_t i;
  xir_target t;
  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    {
      int rc = xir_target_from_meta (names[i].meta, &t);
      CHECK (names[i].known ? rc == 0 && t.ptr_bits == names[i].ptr
                              && t.int_bits == 32
                              && t.max_scalar_bytes == names[i].scalar
                              && t.mulh_max_bits == names[i].mulh
                              && t.addr_spaces == 0xffff
                            : rc == -1 && t.ptr_bits == 0,
             "target '%s'", names[i].meta);
    }
  CHECK (xir_target_from_meta (NULL, &t) == -1, "no target");
}

/* Where the structural check and the importer's own rules used to
   disagree: the largest scalar, and how switch cases are read.  */
static void
test_reconciled (void)
{
  xir_func *f = typed_base (), *g;
  xir_term *t;
  const char *e;
  xir_buf b;

  /* The structure allows any scalar size the format carries ...  */
  xir_add_reg (f, ty (XIR_T_INT, 32, 256, 1));
  CHECK (!xir_func_check (f, NULL), "a 32-byte integer is well formed");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (g != NULL, "a 32-byte integer decodes: %s", e);
  xir_func_free (g);
  xir_buf_free (&b);
  /* ... the target limits it.  */
  e = xir_func_check (f, &x86_64);
  CHECK (e && !strcmp (e, "a register of unsupported type"),
         "a 32-byte integer on x86-64: %s", e ? e : "accepted");
  f->regs[f->nregs - 1].size = 0;
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "bad scalar type size"), "size 0: %s", e);
  xir_func_free (f);

  /* Case values are values of the index type, ordered in its
     signedness: -3..-1, 0, 5..10 on an i8.  */
  f = typed_base ();
  t = &f->blocks[0].term;
  term (f, XIR_K_SWITCH, R (R_I8), NONE);
  t->ncases = 3;
  t->cases = (xir_case *) calloc (3, sizeof *t->cases);
  t->cases[0].lo = (uint64_t) -3;
  t->cases[0].hi = (uint64_t) -1;
  t->cases[1].lo = t->cases[1].hi = 0;
  t->cases[2].lo = 5;
  t->cases[2].hi = 10;
  t->cases[0].succ = t->cases[1].succ = t->cases[2].succ = 1;
  CHECK (!xir_func_check (f, &x86_64), "i8 switch with negative cases");
  t->cases[0].lo = 0xfd;        /* -3 zero-extended: not an i8 value */
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "switch case value outside the index type"),
         "i8 case 253: %s", e ? e : "accepted");
  encode (f, &b);
  g = decode (b.data, b.len, &e);
  CHECK (!g && e, "the decoder refuses i8 case 253");
  xir_func_free (g);
  xir_buf_free (&b);
  t->cases[0].lo = (uint64_t) -128;
  t->cases[2].hi = 127;
  CHECK (!xir_func_check (f, &x86_64), "i8 cases -128..127");
  t->cases[2].hi = 128;
  CHECK (xir_func_check (f, NULL) != NULL, "i8 case 128");

  /* On a u8 the same bytes order the other way: 0, 5..10, 253..255.  */
  f->regs[R_I8].uns = 1;
  t->cases[0].lo = 0;
  t->cases[0].hi = 0;
  t->cases[1].lo = 5;
  t->cases[1].hi = 10;
  t->cases[2].lo = 253;
  t->cases[2].hi = 255;
  CHECK (!xir_func_check (f, &x86_64), "u8 switch with cases up to 255");
  t->cases[2].hi = (uint64_t) -1;
  e = xir_func_check (f, NULL);
  CHECK (e && !strcmp (e, "switch case value outside the index type"),
         "u8 case -1: %s", e ? e : "accepted");
  xir_func_free (f);
}

void
test_typing (void)
{
  xir_func *f = build_all ("typed_all");
  CHECK (!xir_target_from_meta ("x86_64-linux-gnu p64 le", &x86_64),
         "x86-64 is known");
  CHECK (!xir_func_check (f, &x86_64), "build_all is well typed: %s",
         xir_func_check (f, &x86_64));
  xir_func_free (f);
  test_typing_cases ();
  test_target_parameters ();
  test_target_names ();
  test_reconciled ();
}
