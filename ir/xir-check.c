/* xir-check.c - the one checker of the IR (xir_func_check).
 *
 * Two layers, both here and nowhere else:
 * - the structure, which needs no target: indices in range, tables sane,
 *   enum values known, every block terminated, operands present, memory
 *   bases pointers, call argument counts, asm layout, switch cases inside
 *   the index type, sorted and disjoint.  The decoder runs this layer on
 *   everything it decodes;
 * - the typing rules a reader relies on, for the reader's target
 *   (xir_target): the types it supports, the operand and result types of
 *   each opcode class (xir-ops.def), memory references, calls, asm,
 *   switches and returns.  Every reader (the GCC importer, the LLVM
 *   translator), the exporter, xinline-db build, the self-test and the
 *   fuzzers run them.
 * docs/IR-FORMAT.md ("Validity rules", "Typing rules") states every rule.
 */
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

/* ---- structure ---------------------------------------------------------- */

#define BLOB_REG_USED "aggregate parameter register used as a value"

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

/* Register R is a function's own aggregate (BLOB) parameter: it has no
   value, its bytes are in the slot whose param is R.  */
static int
is_blob_reg (const xir_func *f, uint32_t r)
{
  return f->regs[r].kind == XIR_T_BLOB;
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
  /* Any size the format carries; the reader's target limits it.  */
  if (is_scalar (t))
    {
      if (t->size == 0)
        return "bad scalar type size";
      if (t->prec == 0 || t->prec > (uint64_t) t->size * 8)
        return "bad scalar type precision";
    }
  return NULL;
}

/* A constant's bits 64..127 (val_hi): only a type wider than 8 bytes
   has them (at most 16 bytes: two 64-bit halves), and they are the
   extension of the value's low prec bits per the type's signedness, so
   that each 128-bit value has one encoding.  */
static const char *
check_wide_const (const xir_operand *o)
{
  const xir_type *t = &o->type;
  uint64_t ext;
  if (t->size <= 8)
    return o->val_hi ? "high part of a constant of at most 64 bits" : NULL;
  if (t->size > 16)
    return "constant wider than 128 bits";
  if (t->prec <= 64)
    {
      ext = (!t->uns && (o->val >> 63)) ? ~(uint64_t) 0 : 0;
      return o->val_hi == ext ? NULL : "constant value outside its type";
    }
  if (t->prec < 128)
    {
      unsigned hp = t->prec - 64;   /* value bits in val_hi */
      uint64_t top = o->val_hi >> (hp - 1);
      if (t->uns ? (o->val_hi >> hp) != 0
                 : (top != 0 && top != ~(uint64_t) 0 >> (hp - 1)))
        return "constant value outside its type";
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
      if (o->idx >= f->nregs)
        return "register index out of range";
      return is_blob_reg (f, o->idx) ? BLOB_REG_USED : NULL;
    case XIR_O_CONST:
      if ((e = check_type (&o->type)))
        return e;
      if (!is_scalar (&o->type))
        return "constant of non-scalar type";
      return check_wide_const (o);
    case XIR_O_SYM:
      if (o->idx >= f->nsyms)
        return "symbol index out of range";
      /* A file-local function is only called: a copy has another
         address.  */
      return (f->syms[o->idx].kind == XIR_SYM_FUNC
              && (f->syms[o->idx].flags & XIR_SYM_FILE_LOCAL))
             ? "address of a file-local function" : NULL;
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
  if (m->as && m->base.kind != XIR_O_REG && m->base.kind != XIR_O_CONST
      && m->base.kind != XIR_O_SYM)
    return "address-space access not through a pointer";
  if ((m->base.kind == XIR_O_REG && f->regs[m->base.idx].as != m->as)
      || (m->base.kind == XIR_O_CONST && m->base.type.as != m->as)
      || (m->base.kind == XIR_O_SYM && f->syms[m->base.idx].as != m->as))
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
  return is_blob_reg (f, (uint32_t) dst) ? BLOB_REG_USED : NULL;
}

/* A call returning an aggregate (BLOB) stores it to mem[0] (flag
   MEMRET, no destination register) or discards it (neither).  */
static const char *
check_memret (const xir_func *f, const xir_stmt *s, const xir_sig *sig)
{
  const char *e;
  if (sig->ret.kind == XIR_T_BLOB && s->dst >= 0)
    return "aggregate call result in a register";
  if (!(s->call->flags & XIR_CF_MEMRET))
    return NULL;
  if (sig->ret.kind != XIR_T_BLOB)
    return "memory result of a call that returns no aggregate";
  if ((e = check_mem (f, &s->mem[0])))
    return e;
  if (s->mem[0].type.kind != XIR_T_BLOB
      || s->mem[0].type.size != sig->ret.size)
    return "aggregate call result stored with another type";
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
    case XIR_C_TARGET_BUILTIN:
      if (!c->bname || !c->bname[0])
        return "builtin call without name";
      if (strlen (c->bname) > XIR_MAX_BYTES)
        return "builtin name too long";
      /* Target builtins are carried by name only: no code.  */
      if (c->kind == XIR_C_TARGET_BUILTIN && c->builtin)
        return "target builtin call with a code";
      /* va_start reads the function's own variable arguments.  */
      if (!strcmp (c->bname, "__builtin_va_start")
          && (f->sig >= f->nsigs || !f->sigs[f->sig].varargs))
        return "va_start in a function with fixed arguments";
      break;
    default:
      return "bad call kind";
    }
  if (c->flags & ~(XIR_CF_CALL_ALL))
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
  return check_memret (f, s, sig);
}

/* A string the encoder can store: present, at most XIR_MAX_BYTES.  */
static int
str_ok (const char *s)
{
  return s && strlen (s) <= XIR_MAX_BYTES;
}

/* A hard-register variable operand: a register name, a scalar type; a
   global variable (named) carries no value (a local one carries its value
   as a value operand does: checked by the caller).  */
static const char *
check_asm_hreg (const xir_asm_op *op, int output)
{
  const char *e;
  if (!str_ok (op->hreg) || !op->hreg[0])
    return "asm register variable without register name";
  if (op->hvar && (!str_ok (op->hvar) || !op->hvar[0]))
    return "asm register variable with a bad name";
  if ((e = check_type (&op->htype)))
    return e;
  if (!is_scalar (&op->htype))
    return "asm register variable of non-scalar type";
  if (op->hvar && (output ? op->reg != -1 : op->val.kind != XIR_O_NONE))
    return "asm global register variable with a value";
  return NULL;
}

static const char *
check_asm_op (const xir_func *f, const xir_asm_op *op, int output)
{
  const char *e;
  if (!str_ok (op->constraint))
    return "asm operand without constraint";
  if (op->name && !str_ok (op->name))
    return "asm operand name too long";
  if (op->is_mem > XIR_ASM_HREG)
    return "bad asm operand kind";
  if (op->is_mem == XIR_ASM_HREG && (e = check_asm_hreg (op, output)))
    return e;
  if (op->is_mem == XIR_ASM_HREG && op->hvar)
    return NULL;
  if (op->is_mem == XIR_ASM_MEM)
    return check_mem (f, &op->mem);
  if (!output)
    return check_operand (f, &op->val, 0);
  if (op->reg < 0 || (uint32_t) op->reg >= f->nregs)
    return "asm output register out of range";
  return is_blob_reg (f, (uint32_t) op->reg) ? BLOB_REG_USED : NULL;
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
  /* A local register variable's output is read after the asm: an asm
     goto's label edges would skip that.  */
  for (i = 0; i < a->nout && a->nlabels; i++)
    if (a->outs[i].is_mem == XIR_ASM_HREG && !a->outs[i].hvar)
      return "asm goto with a local register variable output";
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

/* The type of switch index O if it is an integer (a REG or a CONST), else
   NULL.  Case values are values of this type (held in 64 bits like CONST
   values), ordered in its signedness.  */
static const xir_type *
switch_index_type (const xir_func *f, const xir_operand *o)
{
  const xir_type *t = NULL;
  if (o->kind == XIR_O_REG && o->idx < f->nregs)
    t = &f->regs[o->idx];
  else if (o->kind == XIR_O_CONST)
    t = &o->type;
  return t && t->kind == XIR_T_INT ? t : NULL;
}

int
xir_switch_signed (const xir_func *f, const xir_operand *o)
{
  const xir_type *t = switch_index_type (f, o);
  return t && !t->uns;
}

/* Is V a value of integer type T: the sign or zero extension (per T's
   signedness) of its low T->prec bits?  */
static int
value_fits (uint64_t v, const xir_type *t)
{
  if (t->prec >= 64)
    return 1;
  if (t->uns)
    return (v >> t->prec) == 0;
  v >>= t->prec - 1;          /* the sign bit and all above it */
  return v == 0 || v == ~(uint64_t) 0 >> (t->prec - 1);
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
  const xir_type *it;
  const char *e;
  uint32_t i;
  int sgn;
  if ((e = check_operand (f, &t->a, 0)))
    return e;
  if (t->ncases > XIR_MAX_COUNT || (t->ncases && !t->cases))
    return "bad switch case list";
  it = switch_index_type (f, &t->a);
  if (it && it->size > 8)
    return "switch on an integer wider than 64 bits";
  sgn = it && !it->uns;
  for (i = 0; i < t->ncases; i++)
    {
      const xir_case *c = &t->cases[i];
      if (c->succ >= f->nblocks)
        return "switch case target out of range";
      if (it && (!value_fits (c->lo, it) || !value_fits (c->hi, it)))
        return "switch case value outside the index type";
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
      if (f->sigs[f->sig].ret.kind == XIR_T_BLOB
          && (t->a.kind == XIR_O_NONE || t->a.kind == XIR_O_CONST))
        return "aggregate returned without its address";
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
          if (s->flags & ~(XIR_CF_SYM_ALL))
            return "bad symbol flags";
          if (!(s->flags & XIR_SYM_FILE_LOCAL)
              != !xir_is_file_local_key (s->name))
            return "file-local flag and symbol name disagree";
          if (s->as)
            return "function symbol in an address space";
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
      if (s->param >= 0 && own->params[s->param].kind == XIR_T_BLOB
          && s->size != own->params[s->param].size)
        return "slot of an aggregate parameter of another size";
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
/* ---- typing rules (what a reader of TGT relies on) ----------------------
   Run after the structural checks have passed, so indices are in range,
   operands are present, constants are scalars and every scalar type has a
   non-zero size and a precision that fits it.  */

static int
addr_space_ok (unsigned as, const xir_target *tgt)
{
  return as == 0 || (as < 32 && (tgt->addr_spaces >> as) & 1);
}

/* A type the target handles: an integer of a power-of-two size up to its
   largest scalar, a C _Bool, a pointer of its size into a valid address
   space, an aggregate of some size in the generic space, or VOID.  */
static int
type_ok (const xir_type *t, const xir_target *tgt)
{
  switch (t->kind)
    {
    case XIR_T_INT:
      return t->size <= tgt->max_scalar_bytes && is_pow2 (t->size);
    case XIR_T_BOOL:
      return t->prec == 1 && t->size == 1;
    case XIR_T_PTR:
      return ((uint64_t) t->size * 8 == tgt->ptr_bits
              && addr_space_ok (t->as, tgt));
    case XIR_T_BLOB:
      return t->size >= 1 && t->as == 0;
    default:
      return t->kind == XIR_T_VOID;
    }
}

/* The type of operand O; addresses (SYM, SLOT, POOL) are generic pointers
   of the target's size, built in *TMP.  */
static const xir_type *
operand_type (const xir_func *f, const xir_operand *o,
              const xir_target *tgt, xir_type *tmp)
{
  switch (o->kind)
    {
    case XIR_O_REG:
      return &f->regs[o->idx];
    case XIR_O_CONST:
      return &o->type;
    default:
      memset (tmp, 0, sizeof *tmp);
      tmp->kind = XIR_T_PTR;
      tmp->size = tgt->ptr_bits / 8;
      tmp->prec = tgt->ptr_bits;
      /* A variable's address points into the space it is declared in.  */
      if (o->kind == XIR_O_SYM)
        tmp->as = f->syms[o->idx].as;
      return tmp;
    }
}

#define EQ(a, b) xir_type_equal ((a), (b))

/* A memory reference the target can access: integer index registers, an
   accessed type it handles, an alignment of at most a page.  */
static int
mem_ok (const xir_func *f, const xir_mem *m, const xir_target *tgt)
{
  unsigned i;
  for (i = 0; i < m->nidx; i++)
    if (f->regs[m->idx[i].reg].kind != XIR_T_INT)
      return 0;
  return (type_ok (&m->type, tgt) && m->align <= 4096
          && addr_space_ok (m->as, tgt));
}

/* An int passed for a narrower integer parameter: C's argument promotion
   (the consumer's prototype may say char, the caller passed an int).  */
static int
promoted_arg (const xir_type *arg, const xir_type *parm,
              const xir_target *tgt)
{
  return ((parm->kind == XIR_T_INT || parm->kind == XIR_T_BOOL)
          && parm->prec < tgt->int_bits && arg->kind == XIR_T_INT
          && arg->prec == tgt->int_bits);
}

/* D = A op B (an integer result of the operands' type).  */
static int
same_int (const xir_type *d, const xir_type *a, const xir_type *b)
{
  return d->kind == XIR_T_INT && EQ (a, d) && (!b || EQ (b, d));
}

/* ASSIGN S: the rule of its opcode's class.  A, B, C are the operand
   types (B, C NULL beyond the arity), D the destination's.  */
static const char *
type_assign (const xir_func *f, const xir_stmt *s, const xir_target *tgt)
{
  xir_type tmp[3];
  const xir_type *d = &f->regs[s->dst], *a, *b = NULL, *c = NULL;
  a = operand_type (f, &s->ops[0], tgt, &tmp[0]);
  if (s->nops > 1)
    b = operand_type (f, &s->ops[1], tgt, &tmp[1]);
  if (s->nops > 2)
    c = operand_type (f, &s->ops[2], tgt, &tmp[2]);
  switch (xir_op_class (s->op))
    {
    case XIR_OPC_MOVE:
      return EQ (a, d) ? NULL : "a move between types";
    case XIR_OPC_CONV:
      return NULL;
    case XIR_OPC_BITWISE:
      if (d->kind == XIR_T_PTR || !EQ (a, d) || (b && !EQ (b, d)))
        return "a bitwise operation on mixed types";
      return NULL;
    case XIR_OPC_ABSU:
      if (d->kind != XIR_T_INT || !d->uns || a->kind != XIR_T_INT || a->uns
          || a->prec != d->prec)
        return "a malformed ABSU";
      return NULL;
    case XIR_OPC_SHIFT:
      if (d->kind != XIR_T_INT || !EQ (a, d) || b->kind != XIR_T_INT)
        return "a malformed shift";
      return NULL;
    case XIR_OPC_PTR_ADD:
      if (d->kind != XIR_T_PTR || !EQ (a, d) || b->kind != XIR_T_INT
          || b->prec != tgt->ptr_bits)
        return "a malformed pointer addition";
      return NULL;
    case XIR_OPC_PTR_DIFF:
      if (d->kind != XIR_T_INT || d->uns || d->prec != tgt->ptr_bits
          || a->kind != XIR_T_PTR || b->kind != XIR_T_PTR)
        return "a malformed pointer difference";
      return NULL;
    case XIR_OPC_COMPARE:
      if (d->kind == XIR_T_PTR || !EQ (a, b))
        return "a comparison of mixed types";
      return NULL;
    case XIR_OPC_COND:
      if (a->kind == XIR_T_PTR || !EQ (b, d) || !EQ (c, d))
        return "a malformed conditional";
      return NULL;
    case XIR_OPC_OVF:
      if (d->kind != XIR_T_INT
          || (a->kind != XIR_T_INT && a->kind != XIR_T_BOOL)
          || (b->kind != XIR_T_INT && b->kind != XIR_T_BOOL))
        return "malformed checked arithmetic";
      return NULL;
    case XIR_OPC_MULH:
      /* Computed in the double width, which the target must have.  */
      if (!same_int (d, a, b))
        return "arithmetic on mixed types";
      if (d->prec != (uint64_t) d->size * 8 || d->prec > tgt->mulh_max_bits)
        return "a high-part multiplication the target cannot do";
      return NULL;
    default:
      return same_int (d, a, b) ? NULL : "arithmetic on mixed types";
    }
}

/* O (of type AT) is the address of the bytes of an aggregate of type
   BLOB passed or returned by value: a SYM, SLOT or POOL, or a REG holding
   a generic pointer.  */
static int
blob_addr_ok (const xir_operand *o, const xir_type *at, const xir_type *blob,
              const xir_target *tgt)
{
  return (type_ok (blob, tgt) && o->kind != XIR_O_CONST
          && o->kind != XIR_O_NONE && at->kind == XIR_T_PTR && at->as == 0
          && (uint64_t) at->size * 8 == tgt->ptr_bits);
}

static const char *
type_call (const xir_func *f, const xir_stmt *s, const xir_target *tgt)
{
  const xir_call *cl = s->call;
  const xir_sig *sg = &f->sigs[cl->sig];
  xir_type tmp;
  uint32_t k;
  for (k = 0; k < cl->nargs; k++)
    {
      const xir_type *at = operand_type (f, &cl->args[k], tgt, &tmp);
      if (k < sg->nparams && sg->params[k].kind == XIR_T_BLOB)
        {
          if (!blob_addr_ok (&cl->args[k], at, &sg->params[k], tgt))
            return "a call with an argument of the wrong type";
          continue;
        }
      if (!type_ok (at, tgt)
          || (k < sg->nparams && !EQ (at, &sg->params[k])
              && !promoted_arg (at, &sg->params[k], tgt)))
        return "a call with an argument of the wrong type";
    }
  if (s->dst >= 0 && !EQ (&f->regs[s->dst], &sg->ret))
    return "a call whose result has the wrong type";
  if (cl->kind == XIR_C_DIRECT
      && !xir_sig_equal (sg, &f->sigs[f->syms[cl->sym].sig]))
    return "a call through a different function type";
  if (cl->kind == XIR_C_INDIRECT
      && operand_type (f, &cl->target, tgt, &tmp)->kind != XIR_T_PTR)
    return "an indirect call through a non-pointer";
  return NULL;
}

/* Hard-register variable operand OP: a type the target handles; a local
   one's value (output register, input operand) of that type.  */
static int
hreg_ok (const xir_func *f, const xir_asm_op *op, int output,
         const xir_target *tgt)
{
  xir_type tmp;
  if (!type_ok (&op->htype, tgt))
    return 0;
  if (op->hvar)
    return 1;
  return EQ (output ? &f->regs[op->reg]
                    : operand_type (f, &op->val, tgt, &tmp), &op->htype);
}

static const char *
type_asm (const xir_func *f, const xir_asm *a, const xir_target *tgt)
{
  uint32_t k;
  for (k = 0; k < a->nout; k++)
    if ((a->outs[k].is_mem == XIR_ASM_MEM && !mem_ok (f, &a->outs[k].mem, tgt))
        || (a->outs[k].is_mem == XIR_ASM_HREG
            && !hreg_ok (f, &a->outs[k], 1, tgt)))
      return "a malformed asm output";
  for (k = 0; k < a->nin; k++)
    if ((a->ins[k].is_mem == XIR_ASM_MEM && !mem_ok (f, &a->ins[k].mem, tgt))
        || (a->ins[k].is_mem == XIR_ASM_HREG
            && !hreg_ok (f, &a->ins[k], 0, tgt)))
      return "a malformed asm input";
  return NULL;
}

static const char *
type_stmt (const xir_func *f, const xir_stmt *s, const xir_target *tgt)
{
  const xir_mem *m = &s->mem[0];
  const xir_type *d = s->dst >= 0 ? &f->regs[s->dst] : NULL;
  xir_type tmp;
  unsigned k, nops = 0;
  if (s->kind == XIR_S_ASSIGN || s->kind == XIR_S_STORE)
    nops = s->nops;
  for (k = 0; k < nops; k++)
    if (s->ops[k].kind == XIR_O_CONST && !type_ok (&s->ops[k].type, tgt))
      return "a constant of unsupported type";
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      return type_assign (f, s, tgt);
    case XIR_S_LOAD:
      if (!mem_ok (f, m, tgt) || !EQ (&m->type, d))
        return "a malformed load";
      return NULL;
    case XIR_S_STORE:
      if (!mem_ok (f, m, tgt)
          || !EQ (&m->type, operand_type (f, &s->ops[0], tgt, &tmp)))
        return "a malformed store";
      return NULL;
    case XIR_S_COPY:
      if (!mem_ok (f, &s->mem[0], tgt) || !mem_ok (f, &s->mem[1], tgt)
          || !EQ (&s->mem[0].type, &s->mem[1].type))
        return "a malformed copy";
      return NULL;
    case XIR_S_ZERO:
      return mem_ok (f, m, tgt) ? NULL : "a malformed clear";
    case XIR_S_ADDR:
      {
        /* No access: only the address computation must be possible.  */
        xir_mem at = *m;
        at.type = *d;
        at.align = 1;
        if (d->kind != XIR_T_PTR || d->as != m->as || !mem_ok (f, &at, tgt))
          return "a malformed address computation";
        return NULL;
      }
    case XIR_S_CALL:
      return type_call (f, s, tgt);
    default:
      return type_asm (f, s->asm_, tgt);
    }
}

static const char *
type_term (const xir_func *f, const xir_term *t, const xir_target *tgt)
{
  xir_type tmp[2];
  const xir_type *ret = &f->sigs[f->sig].ret;
  switch (t->kind)
    {
    case XIR_K_COND:
      if (!EQ (operand_type (f, &t->a, tgt, &tmp[0]),
               operand_type (f, &t->b, tgt, &tmp[1])))
        return "a malformed branch";
      return NULL;
    case XIR_K_SWITCH:
      if (operand_type (f, &t->a, tgt, &tmp[0])->kind != XIR_T_INT)
        return "a malformed switch";
      return NULL;
    case XIR_K_RETURN:
      if (ret->kind == XIR_T_BLOB)
        return (blob_addr_ok (&t->a, operand_type (f, &t->a, tgt, &tmp[0]),
                              ret, tgt)
                ? NULL : "a return of the wrong type");
      if (ret->kind != XIR_T_VOID
          && (t->a.kind == XIR_O_NONE
              || !EQ (operand_type (f, &t->a, tgt, &tmp[0]), ret)))
        return "a return of the wrong type";
      return NULL;
    default:
      return NULL;
    }
}

/* The typing rules, in the order a reader meets them: registers, then each
   block's statements and terminator.  */
static const char *
check_typing (const xir_func *f, const xir_target *tgt)
{
  const char *e;
  uint32_t i, j;
  for (i = 0; i < f->nregs; i++)
    if (!(is_scalar (&f->regs[i])
          || (is_blob_reg (f, i) && i < f->sigs[f->sig].nparams))
        || !type_ok (&f->regs[i], tgt))
      return "a register of unsupported type";
  for (i = 0; i < f->nsyms; i++)
    if (!addr_space_ok (f->syms[i].as, tgt))
      return "a variable in an unsupported address space";
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      for (j = 0; j < bl->nstmts; j++)
        if ((e = type_stmt (f, &bl->stmts[j], tgt)))
          return e;
      if ((e = type_term (f, &bl->term, tgt)))
        return e;
    }
  return NULL;
}

/* ---- the checker -------------------------------------------------------- */

const char *
xir_func_check (const xir_func *f, const xir_target *tgt)
{
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
  return tgt ? check_typing (f, tgt) : NULL;
}
