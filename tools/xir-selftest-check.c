/* xir-selftest-check.c - the self-test of the checker (xir_func_check):
 * every structural rule broken once in a valid function (the decoder must
 * refuse what the encoder can represent).
 */
#include "xir-selftest.h"

#include <stdlib.h>

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
static void m_cflags (xir_func *f) { st (f, 0, 16)->call->flags = 4; }
static void m_bname (xir_func *f)
{
  free (st (f, 0, 18)->call->bname);
  st (f, 0, 18)->call->bname = NULL;
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
static void m_asmmemflag (xir_func *f) { A0 (f)->ins[2].is_mem = 2; }
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
  { "asmmemflag", m_asmmemflag, "bad asm operand memory flag", 1 },
  { "asmmem", m_asmmem, "memory alignment not a power of two", 1 },
  { "asmclob", m_asmclob, "asm clobber without name", 0 },
  { "asmtempl", m_asmtempl, "asm without template", 0 },
  { "asmnull", m_asmnull, "asm statement without asm", 1 },
};

void
test_invalid (void)
{
  size_t i;
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
