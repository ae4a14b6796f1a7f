/* xir-check.c - the checker of the IR (xir_func_check): the structure,
 * which needs no target: indices in range, tables sane, enum values known,
 * every block terminated, operands present, memory bases pointers, call
 * argument counts, asm layout, switch cases sorted and disjoint.  The
 * decoder runs it on everything it decodes.
 */
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

/* ---- structure ---------------------------------------------------------- */

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
  if (c->flags & ~(XIR_CF_ALL))
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
  if (a->flags & ~XIR_ASM_FLAGS_ALL)
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

int
xir_switch_signed (const xir_func *f, const xir_operand *o)
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
  sgn = xir_switch_signed (f, &t->a);
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
      if ((e = check_operand (f, &t->a, 0))
          || (e = check_operand (f, &t->b, 0)))
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
          if (s->flags & ~(XIR_CF_ALL))
            return "bad symbol flags";
        }
    }
  /* Each name once: the importer declares symbols by name.  */
  if (f->nsyms < 2)
    return NULL;
  names = (const char **) xir_xcalloc (f->nsyms, sizeof *names);
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
/* ---- the checker -------------------------------------------------------- */

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
