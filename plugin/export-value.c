/* export-value.c - the values an exported body computes with: registers
 * (SSA names and parameters), constants, operands and the explicit
 * conversions the IR's strict typing needs where GIMPLE is lax.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* ---- registers ----------------------------------------------------------- */

/* The IR type of a value of GCC type TYPE (a scalar).  */
static bool
xe_reg_type (xe_ctx *x, tree type, xir_type *t)
{
  const char *why = xi_type_of (type, t, false);
  if (why)
    return xe_fail (x, "it computes with %s%s",
                    strchr ("aeiou", why[0]) ? "an " : "a ", why);
  if (t->kind == XIR_T_VOID)
    return xe_fail (x, "it computes with a void value");
  return true;
}

/* A new register for values of GCC type TYPE.  */
bool
xe_new_reg (xe_ctx *x, tree type, uint32_t *r)
{
  xir_type t;
  if (!xe_reg_type (x, type, &t))
    return false;
  *r = xir_add_reg (x->xf, t);
  return true;
}

/* The register MAP (by SSA version, register + 1) gives SSA name SSA,
   made on first use.  */
bool
xe_mapped_reg (xe_ctx *x, uint32_t *map, tree ssa, uint32_t *r)
{
  unsigned v = SSA_NAME_VERSION (ssa);
  if (!map[v])
    {
      if (!xe_new_reg (x, TREE_TYPE (ssa), r))
        return false;
      map[v] = *r + 1;
    }
  *r = map[v] - 1;
  return true;
}

/* The register of SSA name SSA.  */
bool
xe_ssa_reg (xe_ctx *x, tree ssa, uint32_t *r)
{
  return xe_mapped_reg (x, x->ssa_reg, ssa, r);
}

/* Parameters are registers 0..n-1; one in memory gets a slot that is
   initialised from its register on entry.  */
bool
xe_params (xe_ctx *x)
{
  uint32_t i = 0;
  for (tree p = DECL_ARGUMENTS (x->fndecl); p; p = DECL_CHAIN (p), i++)
    {
      uint32_t r;
      if (i < x->xf->sigs[x->xf->sig].nparams
          && x->xf->sigs[x->xf->sig].params[i].kind == XIR_T_BLOB)
        {
          /* An aggregate by value: a register without a value, its
             bytes in the parameter's slot.  */
          if (!xe_blob_param (x, p, i))
            return false;
          continue;
        }
      if (!xe_new_reg (x, TREE_TYPE (p), &r))
        return false;
      if (r != i)
        return xe_fail (x, "its parameters are inconsistent");
      if (is_gimple_reg (p))
        {
          tree def = ssa_default_def (x->fn, p);
          if (def)
            x->ssa_reg[SSA_NAME_VERSION (def)] = r + 1;
        }
      else if (!xe_param_slot (x, p, i))
        return false;
    }
  if (i != x->xf->sigs[x->xf->sig].nparams)
    return xe_fail (x, "its parameters do not match its type");
  return true;
}

/* ---- statements and operands ------------------------------------------- */

/* Appends a statement of KIND to the current block.  */
xir_stmt *
xe_stmt (xe_ctx *x, uint8_t kind)
{
  xir_stmt *s = xir_block_add_stmt (x->xf, x->cur);
  s->kind = kind;
  s->dst = -1;
  return s;
}

/* Emits reg DST = OP (A, B), or OP (A) when B is NULL.  */
void
xe_assign2 (xe_ctx *x, uint32_t dst, uint8_t op, const xir_operand *a,
            const xir_operand *b)
{
  xir_stmt *s = xe_stmt (x, XIR_S_ASSIGN);
  s->op = op;
  s->dst = dst;
  s->nops = b ? 2 : 1;
  s->ops[0] = *a;
  if (b)
    s->ops[1] = *b;
}

/* Bits 64..127 of constant O's value: its val_hi for a type wider than 8
   bytes, else the extension of its 64 bits per its type.  */
static uint64_t
xe_const_hi (const xir_operand *o)
{
  if (o->type.size > 8)
    return o->val_hi;
  return (o->type.kind == XIR_T_INT && !o->type.uns && (o->val >> 63)
          ? ~(uint64_t) 0 : 0);
}

/* The high half of a constant of type WANT whose 128-bit value was
   (V, HI), V already truncated and extended to 64 bits per WANT: what
   GIMPLE's conversion keeps of HI.  0 for types of at most 8 bytes.  */
static uint64_t
xe_wide_hi (const xir_type *want, uint64_t v, uint64_t hi)
{
  if (want->size <= 8)
    return 0;
  if (want->prec <= 64)
    return !want->uns && (v >> 63) ? ~(uint64_t) 0 : 0;
  if (want->prec < 128)
    {
      unsigned hp = want->prec - 64;
      uint64_t mask = ((uint64_t) 1 << hp) - 1;
      hi &= mask;
      if (!want->uns && ((hi >> (hp - 1)) & 1))
        hi |= ~mask;
    }
  return hi;
}

/* O = the constant V of type T.  */
void
xe_const (xir_operand *o, const xir_type *t, uint64_t v)
{
  memset (o, 0, sizeof *o);
  o->kind = XIR_O_CONST;
  o->type = *t;
  o->val = v;
}

/* O = register R.  */
void
xe_reg_op (xir_operand *o, uint32_t r)
{
  memset (o, 0, sizeof *o);
  o->kind = XIR_O_REG;
  o->idx = r;
}

/* The unsigned integer type of BYTES bytes.  */
xir_type
xe_uint (unsigned bytes)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_INT;
  t.uns = 1;
  t.size = bytes;
  t.prec = bytes * 8;
  return t;
}

/* C's _Bool.  */
xir_type
xe_bool (void)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_BOOL;
  t.uns = 1;
  t.size = 1;
  t.prec = 1;
  return t;
}

/* The type of O when it is a register or a constant (what an address
   based on it points into), NULL for other bases.  */
const xir_type *
xe_base_type (xe_ctx *x, const xir_operand *o)
{
  if (o->kind == XIR_O_REG)
    return &x->xf->regs[o->idx];
  if (o->kind == XIR_O_CONST)
    return &o->type;
  return NULL;
}

/* The IR type of operand O (an address for the other kinds).  */
xir_type
xe_optype (xe_ctx *x, const xir_operand *o)
{
  xir_type t;
  const xir_type *bt = xe_base_type (x, o);
  if (bt)
    return *bt;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_PTR;
  t.size = POINTER_SIZE / BITS_PER_UNIT;
  t.prec = POINTER_SIZE;
  /* A variable's address points into the space it is declared in.  */
  if (o->kind == XIR_O_SYM)
    t.as = x->xf->syms[o->idx].as;
  return t;
}

/* GIMPLE lets types that differ only uselessly meet in one statement (an
   unsigned:1 bit-field value and a _Bool, int and an enum of another
   signedness is not among them, but int and a typedef'd int of the same
   precision are); the IR is strict: O is converted to WANT by an explicit
   CONV, which is what GIMPLE's useless conversion means.  */
void
xe_coerce (xe_ctx *x, xir_operand *o, const xir_type *want)
{
  xir_type have = xe_optype (x, o);
  if (xir_type_equal (&have, want) || want->kind == XIR_T_VOID
      || want->kind == XIR_T_BLOB)
    return;
  if (o->kind == XIR_O_CONST && want->kind != XIR_T_PTR
      && have.kind != XIR_T_PTR)
    {
      /* Re-type the constant: same value, truncated as GIMPLE would.  */
      uint64_t v = o->val, hi = xe_const_hi (o);
      if (want->prec < 64)
        {
          v &= ((uint64_t) 1 << want->prec) - 1;
          if (!want->uns && (v >> (want->prec - 1)) & 1)
            v |= ~(((uint64_t) 1 << want->prec) - 1);
        }
      o->type = *want;
      o->val = v;
      o->val_hi = xe_wide_hi (want, v, hi);
      return;
    }
  uint32_t r = xir_add_reg (x->xf, *want);
  xe_assign2 (x, r, XIR_OP_CONV, o, NULL);
  xe_reg_op (o, r);
}

/* O = integer constant C (at most 64 bits; 128 in a 128-bit type, whose
   bits 64..127 go to val_hi).  */
static bool
xe_int_const (xe_ctx *x, tree c, xir_operand *o)
{
  xir_type t;
  if (!xe_reg_type (x, TREE_TYPE (c), &t))
    return false;
  unsigned maxp = t.size > 8 ? 128 : 64;
  if (wi::min_precision (wi::to_wide (c), TYPE_SIGN (TREE_TYPE (c))) > maxp)
    return xe_fail (x, "it uses a constant wider than %u bits", maxp);
  xe_const (o, &t, (uint64_t) TREE_INT_CST_LOW (c));
  if (t.size > 8)
    o->val_hi = (uint64_t) wi::extract_uhwi (wi::to_wide (c), 64, 64);
  return true;
}

/* Translates a GIMPLE value T into O, emitting address computations into
   the current block when needed.  */
bool
xe_operand (xe_ctx *x, tree t, xir_operand *o)
{
  memset (o, 0, sizeof *o);
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      if (virtual_operand_p (t))
        return xe_fail (x, "it uses a virtual operand as a value");
      o->kind = XIR_O_REG;
      return xe_ssa_reg (x, t, &o->idx);
    case INTEGER_CST:
      return xe_int_const (x, t, o);
    case ADDR_EXPR:
      return xe_addr_operand (x, t, o);
    case REAL_CST:
    case COMPLEX_CST:
    case FIXED_CST:
      return xe_fail (x, "it uses a floating-point constant");
    case VECTOR_CST:
      return xe_fail (x, "it uses a vector constant");
    case VAR_DECL:
    case PARM_DECL:
      return xe_fail (x, "it uses variable '%s' as a value in an unexpected "
                      "way", DECL_NAME (t) ? IDENTIFIER_POINTER (DECL_NAME (t))
                      : "<anon>");
    default:
      return xe_fail (x, "it uses an operand of kind %s",
                      get_tree_code_name (TREE_CODE (t)));
    }
}
