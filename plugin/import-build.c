/* import-build.c - materialization: a DB helper's IR body, already found
 * legal (import-legal.c), rebuilt as GENERIC in the consumer's declaration,
 * gimplified and handed to the call graph as an available-externally
 * definition (cgraph_node::add_new_function with the declaration still
 * DECL_EXTERNAL): GCC's own pipeline optimizes and inlines it, and never
 * emits it.  Nothing here validates; the IR's registers become local
 * variables (a parameter's, if the body never assigns it, is the
 * PARM_DECL itself; one import-subst.c picks is nested into its only use
 * as an expression), its blocks labels, its statements and terminators
 * GENERIC statements.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

struct xb_ctx {
  tree fndecl;
  const xir_func *f;
  tree *regs, *slots, *labels, *syms, *pool;
  tree list;                 /* STATEMENT_LIST of the body */
  tree vars;                 /* chain of locals */
  tree *ptype;               /* per register: the declared pointer type of
                                a parameter the body never assigns, else
                                NULL_TREE (xb_fixed_params) */
  bool *subst;               /* per register: its definition is substituted
                                into its only use (xi_substituted) */
  tree *sub;                 /* per substituted register: its expression,
                                built at its definition, until its use */
};

/* Register R's value: its variable (or parameter), or the expression of a
   substituted register, which has exactly one use.  */
static tree
xb_reg (xb_ctx *b, uint32_t r)
{
  if (!b->subst[r])
    return b->regs[r];
  tree t = b->sub[r];
  gcc_assert (t);
  b->sub[r] = NULL_TREE;
  return t;
}

/* ---- symbols ---------------------------------------------------------------- */

/* An external declaration for symbol S, which this unit does not declare.  */
static tree
xb_declare (const xir_func *f, const xir_sym *s)
{
  tree id = get_identifier (s->name);
  tree d;
  if (s->kind == XIR_SYM_FUNC)
    {
      d = build_decl (BUILTINS_LOCATION, FUNCTION_DECL, id,
                      xi_tree_fntype (&f->sigs[s->sig]));
      if (s->flags & XIR_CF_NORETURN)
        TREE_THIS_VOLATILE (d) = 1;
      if (s->flags & XIR_CF_NOTHROW)
        TREE_NOTHROW (d) = 1;
    }
  else
    d = build_decl (BUILTINS_LOCATION, VAR_DECL, id,
                    build_array_type (build_qualified_type
                                        (char_type_node,
                                         ENCODE_QUAL_ADDR_SPACE (s->as)),
                                      NULL_TREE));
  TREE_PUBLIC (d) = 1;
  DECL_EXTERNAL (d) = 1;
  DECL_ARTIFICIAL (d) = 1;
  TREE_USED (d) = 1;
  return d;
}

/* ---- operands and memory ------------------------------------------------------ */

static tree
xb_pool (xb_ctx *b, uint32_t i)
{
  if (b->pool[i])
    return b->pool[i];
  const xir_pool *p = &b->f->pool[i];
  tree addr;
  if (p->kind == XIR_POOL_STRING)
    addr = build_string_literal (p->len, (const char *) p->data);
  else
    {
      bool ro = p->kind == XIR_POOL_RODATA;
      bool zero = true;
      for (uint32_t k = 0; k < p->len; k++)
        zero &= p->data[k] == 0;
      tree type = build_array_type_nelts (unsigned_char_type_node, p->len);
      tree var = build_decl (BUILTINS_LOCATION, VAR_DECL,
                             create_tmp_var_name (ro ? "xinline_ro"
                                                     : "xinline_static"),
                             type);
      TREE_STATIC (var) = 1;
      TREE_READONLY (var) = ro;
      TREE_CONSTANT (var) = ro;
      TREE_PUBLIC (var) = 0;
      DECL_ARTIFICIAL (var) = 1;
      DECL_IGNORED_P (var) = 1;
      TREE_USED (var) = 1;
      SET_DECL_ALIGN (var, MAX (p->align, 1) * BITS_PER_UNIT);
      DECL_USER_ALIGN (var) = 1;
      if (!zero || ro)
        {
          tree str = build_string (p->len, (const char *) p->data);
          TREE_TYPE (str) = type;
          DECL_INITIAL (var) = str;
        }
      varpool_node::finalize_decl (var);
      /* finalize_decl analyzes only from IPA_SSA on; we are in IPA.  */
      varpool_node *vn = varpool_node::get (var);
      if (vn && !vn->analyzed)
        vn->analyze ();
      addr = build_fold_addr_expr (var);
    }
  b->pool[i] = fold_convert (ptr_type_node, addr);
  return b->pool[i];
}

/* A constant of a type wider than 64 bits, from both halves.  */
static tree
xb_wide_const (const xir_operand *o)
{
  tree type = xi_tree_type (&o->type);
  HOST_WIDE_INT v[2] = { (HOST_WIDE_INT) o->val, (HOST_WIDE_INT) o->val_hi };
  return wide_int_to_tree (type, wide_int::from_array
                                   (v, 2, TYPE_PRECISION (type)));
}

/* The IR type of the address of symbol I: a pointer into its space.  */
static xir_type
xb_sym_ptr (const xir_func *f, uint32_t i)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_PTR;
  t.size = POINTER_SIZE / BITS_PER_UNIT;
  t.prec = POINTER_SIZE;
  t.as = f->syms[i].as;
  return t;
}

static tree
xb_operand (xb_ctx *b, const xir_operand *o)
{
  tree base;
  switch (o->kind)
    {
    case XIR_O_REG:
      return xb_reg (b, o->idx);
    case XIR_O_CONST:
      if (o->type.size > 8)
        return xb_wide_const (o);
      return build_int_cst_type (xi_tree_type (&o->type), (HOST_WIDE_INT) o->val);
    case XIR_O_SYM:
      {
        /* A pointer into the space the variable is declared in.  */
        xir_type pt = xb_sym_ptr (b->f, o->idx);
        base = fold_convert (xi_tree_type (&pt),
                             build_fold_addr_expr (b->syms[o->idx]));
        break;
      }
    case XIR_O_SLOT:
      base = fold_convert (ptr_type_node,
                           build_fold_addr_expr (b->slots[o->idx]));
      break;
    case XIR_O_POOL:
      base = xb_pool (b, o->idx);
      break;
    default:
      gcc_unreachable ();
    }
  if (o->off)
    base = fold_build_pointer_plus_hwi (base, o->off);
  return base;
}

/* The address M designates, without the constant offset when KEEP_OFF.  */
static tree
xb_address (xb_ctx *b, const xir_mem *m, bool keep_off)
{
  tree p = xb_operand (b, &m->base);
  for (unsigned i = 0; i < m->nidx; i++)
    {
      tree idx = fold_convert (sizetype, xb_reg (b, m->idx[i].reg));
      idx = build2 (MULT_EXPR, sizetype, idx,
                    build_int_cst (sizetype, m->idx[i].scale));
      p = build2 (POINTER_PLUS_EXPR, TREE_TYPE (p), p, idx);
    }
  if (!keep_off && m->off)
    p = build2 (POINTER_PLUS_EXPR, TREE_TYPE (p), p, size_int (m->off));
  return p;
}

/* ---- references through a pointer parameter ------------------------------- */

/* Whether a field of type FT holds exactly the scalar of access type AT:
   the same mode, precision and kind, no qualifier that changes the
   access.  */
static bool
xb_same_scalar (tree ft, tree at)
{
  if (TYPE_MODE (ft) != TYPE_MODE (at)
      || TYPE_PRECISION (ft) != TYPE_PRECISION (at)
      || (TYPE_QUALS (ft) & (TYPE_QUAL_VOLATILE | TYPE_QUAL_ATOMIC)))
    return false;
  if (TREE_CODE (ft) == BOOLEAN_TYPE || TREE_CODE (at) == BOOLEAN_TYPE)
    return TREE_CODE (ft) == TREE_CODE (at);
  return ((INTEGRAL_TYPE_P (ft) && INTEGRAL_TYPE_P (at))
          || (POINTER_TYPE_P (ft) && POINTER_TYPE_P (at)));
}

/* The member of record REF (of type TYPE) that lies at byte OFF and holds
   a scalar of access type AT, possibly inside nested records: a
   COMPONENT_REF chain on REF, or NULL_TREE.  The bytes of bit-fields are
   their representative (DECL_BIT_FIELD_REPRESENTATIVE, the unit GCC
   itself reads and writes for them), when it is exactly the access.  */
static tree
xb_field_at (tree ref, tree type, HOST_WIDE_INT off, tree at)
{
  for (tree d = TYPE_FIELDS (type); d; d = DECL_CHAIN (d))
    {
      tree f = d;
      if (TREE_CODE (d) == FIELD_DECL && DECL_BIT_FIELD (d))
        f = DECL_BIT_FIELD_REPRESENTATIVE (d);
      /* The byte position from the field's two constant parts, without
         building trees (byte_position): kernel records have many.  */
      if (!f || TREE_CODE (f) != FIELD_DECL || DECL_BIT_FIELD (f)
          || !tree_fits_shwi_p (DECL_FIELD_OFFSET (f))
          || !tree_fits_shwi_p (DECL_FIELD_BIT_OFFSET (f))
          || !DECL_SIZE_UNIT (f) || !tree_fits_shwi_p (DECL_SIZE_UNIT (f)))
        continue;
      HOST_WIDE_INT bit = tree_to_shwi (DECL_FIELD_BIT_OFFSET (f));
      HOST_WIDE_INT pos = tree_to_shwi (DECL_FIELD_OFFSET (f)) + bit / BITS_PER_UNIT;
      if (bit % BITS_PER_UNIT || off < pos
          || off >= pos + tree_to_shwi (DECL_SIZE_UNIT (f)))
        continue;
      tree ft = TREE_TYPE (f);
      tree c = build3 (COMPONENT_REF, ft, ref, f, NULL_TREE);
      if (off == pos && xb_same_scalar (ft, at))
        return c;
      if (f == d && TREE_CODE (ft) == RECORD_TYPE && !TYPE_VOLATILE (ft)
          && !TYPE_REVERSE_STORAGE_ORDER (ft))
        return xb_field_at (c, ft, off - pos, at);
      return NULL_TREE;
    }
  return NULL_TREE;
}

/* Scalar access M of type AT as the member it designates of the record a
   pointer parameter points to (this unit's declaration of the helper
   names the record), e.g. `p->size' for `load u32 [r0 + 12]': the same
   bytes as the plain MEM_REF, but in the form GCC gives `p->size' itself,
   so that the caller's `&c->bios[i]' can be substituted into the access
   (forwprop) and its offsets folded, as for a static inline body.  The
   base keeps a ref-all pointer (alias set 0: the IR does not prove the
   record type) and no more alignment than M's.  NULL_TREE when M is not
   such an access.  */
static tree
xb_member (xb_ctx *b, const xir_mem *m)
{
  if (m->base.kind != XIR_O_REG || m->nidx || m->as
      || (m->flags & XIR_M_VOLATILE) || m->type.kind == XIR_T_BLOB
      || !b->ptype[m->base.idx] || m->off < 0)
    return NULL_TREE;
  tree at = xi_tree_type (&m->type);
  if (!at || m->align < TYPE_ALIGN_UNIT (at))
    return NULL_TREE;
  tree rec = TYPE_MAIN_VARIANT (TREE_TYPE (b->ptype[m->base.idx]));
  if (TREE_CODE (rec) != RECORD_TYPE || !COMPLETE_TYPE_P (rec)
      || TYPE_REVERSE_STORAGE_ORDER (rec)
      || !tree_fits_shwi_p (TYPE_SIZE_UNIT (rec))
      || m->off + (HOST_WIDE_INT) m->type.size > tree_to_shwi (TYPE_SIZE_UNIT (rec)))
    return NULL_TREE;
  /* What M's alignment says of the record's address.  */
  uint32_t balign = m->off ? MIN (m->align, m->off & -m->off) : m->align;
  if (balign * BITS_PER_UNIT < TYPE_ALIGN (rec))
    rec = build_aligned_type (rec, balign * BITS_PER_UNIT);
  tree ptype = build_pointer_type_for_mode (rec, ptr_mode, true);
  tree base = build2 (MEM_REF, rec, b->regs[m->base.idx],
                      build_int_cst (ptype, 0));
  return xb_field_at (base, rec, m->off, at);
}

/* The pointer parameters the body never assigns, with their declared
   types, in B->ptype (xb_member's candidates).  */
static void
xb_fixed_params (xb_ctx *b, tree parms)
{
  const xir_func *f = b->f;
  uint32_t i = 0;
  for (tree p = parms; p && i < f->nregs; p = DECL_CHAIN (p), i++)
    if (POINTER_TYPE_P (TREE_TYPE (p)) && f->regs[i].kind == XIR_T_PTR
        && !f->regs[i].as && !TYPE_ADDR_SPACE (TREE_TYPE (TREE_TYPE (p))))
      b->ptype[i] = TREE_TYPE (p);
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    for (uint32_t k = 0; k < f->blocks[bl].nstmts; k++)
      {
        const xir_stmt *st = &f->blocks[bl].stmts[k];
        if (st->dst >= 0 && (uint32_t) st->dst < f->nregs)
          b->ptype[st->dst] = NULL_TREE;
        if (st->kind == XIR_S_ASM)
          for (uint32_t o = 0; o < st->asm_->nout; o++)
            if (st->asm_->outs[o].reg >= 0
                && (uint32_t) st->asm_->outs[o].reg < f->nregs)
              b->ptype[st->asm_->outs[o].reg] = NULL_TREE;
      }
}

static tree
xb_mem (xb_ctx *b, const xir_mem *m)
{
  tree member = xb_member (b, m);
  if (member)
    return member;
  tree type;
  bool vol = m->flags & XIR_M_VOLATILE;
  if (m->type.kind == XIR_T_BLOB)
    type = xi_tree_blob_type (m->type.size, m->align);
  else
    {
      type = xi_tree_type (&m->type);
      if (m->align * BITS_PER_UNIT < TYPE_ALIGN (type))
        type = build_aligned_type (type, m->align * BITS_PER_UNIT);
    }
  if (vol || m->as)
    type = build_qualified_type (type, TYPE_QUALS (type)
                                       | (vol ? TYPE_QUAL_VOLATILE : 0)
                                       | ENCODE_QUAL_ADDR_SPACE (m->as));
  /* A ref-all pointer type for the offset: alias set 0.  */
  tree ptype = build_pointer_type_for_mode (type, ptr_mode, true);
  tree ref = build2 (MEM_REF, type, xb_address (b, m, true),
                     build_int_cst (ptype, m->off));
  if (vol)
    {
      TREE_THIS_VOLATILE (ref) = 1;
      TREE_SIDE_EFFECTS (ref) = 1;
    }
  return ref;
}

/* The object of GCC type TYPE (an aggregate passed or returned by value,
   typed by this unit's declaration) at address P, known to be ALIGN-byte
   aligned; accessed with alias set 0, as every imported access.  */
static tree
xb_object_at (tree type, tree p, uint32_t align)
{
  if (align * BITS_PER_UNIT < TYPE_ALIGN (type))
    type = build_aligned_type (type, align * BITS_PER_UNIT);
  tree ptype = build_pointer_type_for_mode (type, ptr_mode, true);
  return build2 (MEM_REF, type, p, build_int_cst (ptype, 0));
}

/* The alignment known of address operand O: a slot's or pool entry's at
   offset 0, else a byte.  */
static uint32_t
xb_operand_align (xb_ctx *b, const xir_operand *o)
{
  if (o->off)
    return 1;
  if (o->kind == XIR_O_SLOT)
    return MAX (b->f->slots[o->idx].align, 1);
  if (o->kind == XIR_O_POOL)
    return MAX (b->f->pool[o->idx].align, 1);
  return 1;
}

/* The aggregate of type TYPE whose address is operand O.  */
static tree
xb_byval (xb_ctx *b, tree type, const xir_operand *o)
{
  return xb_object_at (type, xb_operand (b, o), xb_operand_align (b, o));
}

/* ---- statements --------------------------------------------------------------- */

/* GCC's tree code for opcode OP (xir-ops.def); not for the opcodes built
   otherwise (MOV, checked arithmetic).  */
static enum tree_code
xb_code (unsigned op)
{
  enum tree_code code = ERROR_MARK;
  switch (op)
    {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) \
    case XIR_OP_##NAME: code = CODE; break;
#include "xir-ops.def"
    default:
      break;
    }
  gcc_assert (code != ERROR_MARK);
  return code;
}

static void
xb_append (xb_ctx *b, tree t)
{
  append_to_statement_list_force (t, &b->list);
}

static tree
xb_call (xb_ctx *b, const xir_call *c)
{
  tree fn, fntype;
  if (c->kind == XIR_C_DIRECT || c->kind == XIR_C_BUILTIN
      || c->kind == XIR_C_TARGET_BUILTIN)
    {
      tree d = c->kind == XIR_C_DIRECT ? b->syms[c->sym]
               : c->kind == XIR_C_TARGET_BUILTIN
               ? xi_target_builtin (c->bname)   /* found by legality */
               : builtin_decl_explicit ((enum built_in_function) c->builtin);
      fntype = TREE_TYPE (d);
      fn = build1 (ADDR_EXPR, build_pointer_type (fntype), d);
    }
  else
    {
      fntype = xi_tree_fntype (&b->f->sigs[c->sig]);
      fn = fold_convert (build_pointer_type (fntype),
                         xb_operand (b, &c->target));
    }
  tree *args = XALLOCAVEC (tree, c->nargs + 1);
  tree at = TYPE_ARG_TYPES (fntype);
  const xir_sig *sg = &b->f->sigs[c->sig];
  for (unsigned i = 0; i < c->nargs; i++)
    {
      if (i < sg->nparams && sg->params[i].kind == XIR_T_BLOB)
        {
          /* By value: the callee's declared parameter type (legality
             made sure this unit declares the callee).  */
          args[i] = xb_byval (b, TREE_VALUE (at), &c->args[i]);
          at = TREE_CHAIN (at);
          continue;
        }
      args[i] = xb_operand (b, &c->args[i]);
      if (at && at != void_list_node)
        {
          /* Pointers take the parameter's type; integers keep theirs (a
             promoted argument stays an int, as the provider passed it).  */
          if (!INTEGRAL_TYPE_P (TREE_TYPE (args[i])))
            args[i] = fold_convert (TREE_VALUE (at), args[i]);
          at = TREE_CHAIN (at);
        }
    }
  tree call = build_call_array_loc (UNKNOWN_LOCATION, TREE_TYPE (fntype), fn,
                                    c->nargs, args);
  if (c->flags & XIR_CF_NOTHROW)
    TREE_NOTHROW (call) = 1;
  return call;
}

static tree
xb_cstring (const char *p)
{
  return build_string (strlen (p) + 1, p);
}

/* Hard-register variable operand OP of an asm: this unit's global
   register variable, or a new local one bound to the register, assigned
   the input's value before the asm; an output's local is read into its
   register after the asm (*POST).  */
static tree
xb_asm_hreg (xb_ctx *b, const xir_asm_op *op, bool output, tree *post)
{
  if (op->hvar)
    return xi_global_hreg (op);
  tree v = xi_local_hreg (b->fndecl, op);
  DECL_CHAIN (v) = b->vars;
  b->vars = v;
  if (output)
    append_to_statement_list_force (build2 (MODIFY_EXPR, TREE_TYPE (v),
                                            b->regs[op->reg], v), post);
  else
    xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (v), v,
                          fold_convert (TREE_TYPE (v),
                                        xb_operand (b, &op->val))));
  return v;
}

static tree
xb_asm_list (xb_ctx *b, const xir_asm_op *ops, uint32_t n, bool output,
             tree *post)
{
  tree list = NULL_TREE, *tail = &list;
  for (uint32_t i = 0; i < n; i++)
    {
      const xir_asm_op *op = &ops[i];
      tree v;
      if (op->is_mem == XIR_ASM_HREG)
        v = xb_asm_hreg (b, op, output, post);
      else if (op->is_mem)
        v = xb_mem (b, &op->mem);
      else if (output)
        v = b->regs[op->reg];
      else
        v = xb_operand (b, &op->val);
      tree purpose = build_tree_list (op->name ? xb_cstring (op->name)
                                                : NULL_TREE,
                                      xb_cstring (op->constraint));
      *tail = build_tree_list (purpose, v);
      tail = &TREE_CHAIN (*tail);
    }
  return list;
}

static void
xb_asm (xb_ctx *b, const xir_asm *a)
{
  tree post = NULL_TREE;
  tree outs = xb_asm_list (b, a->outs, a->nout, true, &post);
  tree ins = xb_asm_list (b, a->ins, a->nin, false, &post);
  tree clobs = NULL_TREE, labels = NULL_TREE;
  for (uint32_t i = a->nclob; i-- > 0;)
    clobs = tree_cons (NULL_TREE, xb_cstring (a->clobbers[i]), clobs);
  for (uint32_t i = a->nlabels; i-- > 0;)
    labels = tree_cons (a->label_names[i] ? xb_cstring (a->label_names[i])
                                          : NULL_TREE,
                        b->labels[a->labels[i]], labels);
  tree t = build5 (ASM_EXPR, void_type_node, xb_cstring (a->templ), outs, ins,
                   clobs, labels);
  ASM_VOLATILE_P (t) = (a->flags & XIR_ASM_VOLATILE) != 0;
  ASM_INLINE_P (t) = (a->flags & XIR_ASM_INLINE) != 0;
  ASM_INPUT_P (t) = (a->flags & XIR_ASM_BASIC) != 0;
  TREE_SIDE_EFFECTS (t) = 1;
  xb_append (b, t);
  if (post)
    xb_append (b, post);
}

/* The value ASSIGN statement S computes, of type DTYPE.  */
static tree
xb_expr (xb_ctx *b, const xir_stmt *s, tree dtype)
{
  tree o[XIR_MAX_OPS], t;
  for (unsigned i = 0; i < s->nops; i++)
    o[i] = xb_operand (b, &s->ops[i]);
  if (s->op == XIR_OP_MOV)
    t = o[0];
  else if (s->op >= XIR_OP_ADD_OVF_VAL && s->op <= XIR_OP_MUL_OVF)
    {
      /* REALPART / IMAGPART of .ADD_OVERFLOW (a, b) etc.  */
      static const enum internal_fn ifn[] = {
        IFN_ADD_OVERFLOW, IFN_SUB_OVERFLOW, IFN_MUL_OVERFLOW
      };
      tree call = build_call_expr_internal_loc
        (UNKNOWN_LOCATION, ifn[(s->op - XIR_OP_ADD_OVF_VAL) / 2],
         build_complex_type (dtype), 2, o[0], o[1]);
      t = build1 ((s->op - XIR_OP_ADD_OVF_VAL) % 2 ? IMAGPART_EXPR
                                                   : REALPART_EXPR,
                  dtype, call);
    }
  else if (s->op == XIR_OP_PTR_ADD)
    t = build2 (POINTER_PLUS_EXPR, dtype, o[0],
                fold_convert (sizetype, o[1]));
  else if (s->op == XIR_OP_MULH)
    {
      /* The high half of the double-width product, computed in
         that width: GCC expands MULT_HIGHPART_EXPR only where the
         target has the instruction (the IR check made sure the
         double-width mode exists).  */
      unsigned p = TYPE_PRECISION (dtype);
      tree w = build_nonstandard_integer_type (2 * p, TYPE_UNSIGNED (dtype));
      tree prod = build2 (MULT_EXPR, w, fold_convert (w, o[0]),
                          fold_convert (w, o[1]));
      t = fold_convert (dtype, build2 (RSHIFT_EXPR, w, prod,
                                       build_int_cst (unsigned_type_node, p)));
    }
  else if (s->nops == 1)
    t = build1 (xb_code (s->op), dtype, o[0]);
  else if (s->nops == 2)
    t = build2 (xb_code (s->op), dtype, o[0], o[1]);
  else
    t = build3 (xb_code (s->op), dtype, o[0], o[1], o[2]);
  return t;
}

static void
xb_stmt (xb_ctx *b, const xir_stmt *s)
{
  bool sub = s->dst >= 0 && b->subst[s->dst];
  tree dst = s->dst >= 0 && !sub ? b->regs[s->dst] : NULL_TREE;
  tree dtype = dst ? TREE_TYPE (dst)
                   : sub ? xi_tree_type (&b->f->regs[s->dst]) : NULL_TREE;
  tree t;
  if (sub)
    {
      /* A pure ASSIGN or ADDR (xi_substituted): kept for the use.  */
      t = s->kind == XIR_S_ADDR ? xb_address (b, &s->mem[0], false)
                                : xb_expr (b, s, dtype);
      b->sub[s->dst] = fold_convert (dtype, t);
      return;
    }
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      xb_append (b, build2 (MODIFY_EXPR, dtype, dst, xb_expr (b, s, dtype)));
      break;
    case XIR_S_LOAD:
      xb_append (b, build2 (MODIFY_EXPR, dtype, dst,
                            fold_convert (dtype, xb_mem (b, &s->mem[0]))));
      break;
    case XIR_S_STORE:
      t = xb_mem (b, &s->mem[0]);
      xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (t), t,
                            fold_convert (TREE_TYPE (t),
                                          xb_operand (b, &s->ops[0]))));
      break;
    case XIR_S_COPY:
      {
        xir_mem m0 = s->mem[0], m1 = s->mem[1];
        /* Both sides must have one type: the weaker alignment.  */
        m0.align = m1.align = MIN (m0.align, m1.align);
        t = xb_mem (b, &m0);
        tree src = xb_mem (b, &m1);
        if (TREE_TYPE (src) != TREE_TYPE (t))
          src = build1 (VIEW_CONVERT_EXPR, TREE_TYPE (t), src);
        xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (t), t, src));
        break;
      }
    case XIR_S_ZERO:
      t = xb_mem (b, &s->mem[0]);
      /* An empty CONSTRUCTOR for a BLOB, 0 for a scalar: the exporter
         clears only blobs, but the IR allows clearing a scalar too.  */
      xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (t), t,
                            build_zero_cst (TREE_TYPE (t))));
      break;
    case XIR_S_ADDR:
      t = xb_address (b, &s->mem[0], false);
      xb_append (b, build2 (MODIFY_EXPR, dtype, dst, t));
      break;
    case XIR_S_ASM:
      xb_asm (b, s->asm_);
      break;
    case XIR_S_CALL:
      t = xb_call (b, s->call);
      if (s->call->flags & XIR_CF_MEMRET)
        {
          /* The aggregate result, typed by the callee's declaration.  */
          tree to = xb_object_at (TREE_TYPE (t),
                                  xb_address (b, &s->mem[0], false),
                                  s->mem[0].align);
          t = build2 (MODIFY_EXPR, TREE_TYPE (t), to, t);
        }
      if (dst)
        t = build2 (MODIFY_EXPR, dtype, dst, fold_convert (dtype, t));
      xb_append (b, t);
      break;
    default:
      gcc_unreachable ();
    }
}

/* ---- control flow ------------------------------------------------------------- */

static tree
xb_label (xb_ctx *b)
{
  tree l = create_artificial_label (UNKNOWN_LOCATION);
  DECL_CONTEXT (l) = b->fndecl;
  return l;
}

static tree
xb_goto (xb_ctx *b, uint32_t blk)
{
  return build1 (GOTO_EXPR, void_type_node, b->labels[blk]);
}

static void
xb_term (xb_ctx *b, const xir_term *t)
{
  switch (t->kind)
    {
    case XIR_K_GOTO:
      xb_append (b, xb_goto (b, t->succ[0]));
      break;
    case XIR_K_COND:
      {
        tree c = build2 (xb_code (t->cmp), boolean_type_node,
                         xb_operand (b, &t->a), xb_operand (b, &t->b));
        xb_append (b, build3 (COND_EXPR, void_type_node, c,
                              xb_goto (b, t->succ[0]),
                              xb_goto (b, t->succ[1])));
        break;
      }
    case XIR_K_SWITCH:
      {
        tree idx = xb_operand (b, &t->a);
        tree type = TREE_TYPE (idx);
        tree body = NULL_TREE;
        tree l = xb_label (b);
        append_to_statement_list_force
          (build_case_label (NULL_TREE, NULL_TREE, l), &body);
        append_to_statement_list_force (xb_goto (b, t->succ[0]), &body);
        for (uint32_t i = 0; i < t->ncases; i++)
          {
            tree lo = build_int_cst_type (type, (HOST_WIDE_INT) t->cases[i].lo);
            tree hi = build_int_cst_type (type, (HOST_WIDE_INT) t->cases[i].hi);
            l = xb_label (b);
            append_to_statement_list_force
              (build_case_label (lo, tree_int_cst_equal (lo, hi) ? NULL_TREE
                                                                : hi, l), &body);
            append_to_statement_list_force (xb_goto (b, t->cases[i].succ),
                                            &body);
          }
        xb_append (b, build2 (SWITCH_EXPR, type, idx, body));
        break;
      }
    case XIR_K_RETURN:
      {
        tree res = DECL_RESULT (b->fndecl);
        if (t->a.kind == XIR_O_NONE)
          xb_append (b, build1 (RETURN_EXPR, void_type_node, NULL_TREE));
        else if (b->f->sigs[b->f->sig].ret.kind == XIR_T_BLOB)
          /* The bytes at the address, as this unit's declared result.  */
          xb_append (b, build1 (RETURN_EXPR, void_type_node,
                                build2 (MODIFY_EXPR, TREE_TYPE (res), res,
                                        xb_byval (b, TREE_TYPE (res),
                                                  &t->a))));
        else
          xb_append (b, build1 (RETURN_EXPR, void_type_node,
                                build2 (MODIFY_EXPR, TREE_TYPE (res), res,
                                        fold_convert (TREE_TYPE (res),
                                                      xb_operand (b, &t->a)))));
        break;
      }
    case XIR_K_UNREACHABLE:
      xb_append (b, build_call_expr_loc
                      (UNKNOWN_LOCATION,
                       builtin_decl_explicit (BUILT_IN_UNREACHABLE), 0));
      break;
    default:
      gcc_unreachable ();
    }
}

/* A new local of FNDECL.  */
static tree
xb_var (xb_ctx *b, tree type, const char *prefix)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL,
                       create_tmp_var_name (prefix), type);
  DECL_ARTIFICIAL (v) = 1;
  DECL_IGNORED_P (v) = 1;
  DECL_CONTEXT (v) = b->fndecl;
  TREE_USED (v) = 1;
  DECL_CHAIN (v) = b->vars;
  b->vars = v;
  return v;
}

/* ---- the function ------------------------------------------------------------- */

/* FNDECL's parameters, from the consumer's prototype; their number in *NP.  */
static tree
xb_params (tree fndecl, unsigned *np)
{
  tree fntype = TREE_TYPE (fndecl);
  tree parms = NULL_TREE, *pp = &parms;
  *np = 0;
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a), (*np)++)
    {
      char nm[32];
      snprintf (nm, sizeof nm, "xinline_p%u", *np);
      tree p = build_decl (DECL_SOURCE_LOCATION (fndecl), PARM_DECL,
                           get_identifier (nm), TREE_VALUE (a));
      DECL_ARG_TYPE (p) = TREE_VALUE (a);
      if (targetm.calls.promote_prototypes (fntype)
          && INTEGRAL_TYPE_P (TREE_VALUE (a))
          && TYPE_PRECISION (TREE_VALUE (a)) < TYPE_PRECISION (integer_type_node))
        DECL_ARG_TYPE (p) = integer_type_node;
      DECL_CONTEXT (p) = fndecl;
      DECL_ARTIFICIAL (p) = 1;
      TREE_USED (p) = 1;
      *pp = p;
      pp = &DECL_CHAIN (p);
    }
  return parms;
}

/* Whether memory reference M, if it is to slot S, accesses all of it as
   one scalar of the type in *T (the first such access sets *T, *SEEN).  */
static bool
xb_slot_whole (const xir_func *f, uint32_t s, const xir_mem *m, xir_type *t,
               bool *seen)
{
  if (m->base.kind != XIR_O_SLOT || m->base.idx != s)
    return true;
  if (m->nidx || m->base.off || m->off || m->as
      || (m->flags & XIR_M_VOLATILE) || m->type.size != f->slots[s].size
      || (m->type.kind != XIR_T_INT && m->type.kind != XIR_T_PTR
          && m->type.kind != XIR_T_BOOL)
      || (*seen && !xir_type_equal (t, &m->type)))
    return false;
  *t = m->type;
  *seen = true;
  return true;
}

/* Whether memory reference M leaves slot S alone (not its base).  */
static bool
xb_slot_apart (uint32_t s, const xir_mem *m)
{
  return m->base.kind != XIR_O_SLOT || m->base.idx != s;
}

/* Whether slot S is used as one scalar variable: every access to it is a
   whole, non-volatile load, store or clear of one integer, pointer or
   boolean type (*T) at offset 0, and its address is otherwise only an
   operand (e.g. the expected value of a compare-exchange).  */
static bool
xb_slot_scalar (const xir_func *f, uint32_t s, xir_type *t)
{
  const xir_slot *sl = &f->slots[s];
  bool seen = false, ok = !(sl->flags & XIR_SL_VOLATILE);
  xir_mem pm;
  if (ok && sl->param >= 0)
    {
      /* The parameter's store on entry (xb_entry).  */
      memset (&pm, 0, sizeof pm);
      pm.base.kind = XIR_O_SLOT;
      pm.base.idx = s;
      pm.type = f->regs[sl->param];
      ok = xb_slot_whole (f, s, &pm, t, &seen);
    }
  for (uint32_t bl = 0; ok && bl < f->nblocks; bl++)
    for (uint32_t i = 0; ok && i < f->blocks[bl].nstmts; i++)
      {
        const xir_stmt *st = &f->blocks[bl].stmts[i];
        switch (st->kind)
          {
          case XIR_S_COPY:
            ok = xb_slot_whole (f, s, &st->mem[1], t, &seen);
            /* FALLTHRU */
          case XIR_S_LOAD:
          case XIR_S_STORE:
          case XIR_S_ZERO:
            ok = ok && xb_slot_whole (f, s, &st->mem[0], t, &seen);
            break;
          case XIR_S_ADDR:
            ok = xb_slot_apart (s, &st->mem[0]);
            break;
          case XIR_S_CALL:
            ok = !(st->call->flags & XIR_CF_MEMRET)
                 || xb_slot_apart (s, &st->mem[0]);
            break;
          case XIR_S_ASM:
            for (uint32_t k = 0; ok && k < st->asm_->nout; k++)
              ok = st->asm_->outs[k].is_mem != XIR_ASM_MEM
                   || xb_slot_apart (s, &st->asm_->outs[k].mem);
            for (uint32_t k = 0; ok && k < st->asm_->nin; k++)
              ok = st->asm_->ins[k].is_mem != XIR_ASM_MEM
                   || xb_slot_apart (s, &st->asm_->ins[k].mem);
            break;
          default:
            break;
          }
      }
  return ok && seen;
}

/* The GCC type of slot S: a scalar slot (xb_slot_scalar) is declared with
   its scalar type, as the same local is in the provider, so that GCC may
   keep it in a register (update-address-taken) and fold a
   compare-exchange through it into one internal call; any other is bytes.
   Either way every access is of alias set 0 (xb_mem).  */
static tree
xb_slot_type (xb_ctx *b, uint32_t s)
{
  const xir_slot *sl = &b->f->slots[s];
  uint32_t align = MAX (sl->align, 1);
  xir_type t;
  tree type;
  memset (&t, 0, sizeof t);
  if (!xb_slot_scalar (b->f, s, &t) || !(type = xi_tree_type (&t)))
    return xi_tree_blob_type (sl->size, align);
  if (align * BITS_PER_UNIT > TYPE_ALIGN (type))
    type = build_aligned_type (type, align * BITS_PER_UNIT);
  return type;
}

/* Whether parameter P can stand for its register R itself, as the C
   front end uses a parameter: the body never assigns R (nor has an asm)
   and P's type converts to R's and back as a no-op (pointers: in the
   generic address space).  */
static bool
xb_param_as_reg (const xb_ctx *b, tree p, uint32_t r, tree rtype)
{
  const xir_func *f = b->f;
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    for (uint32_t k = 0; k < f->blocks[bl].nstmts; k++)
      {
        const xir_stmt *st = &f->blocks[bl].stmts[k];
        if (st->dst == (int32_t) r || st->kind == XIR_S_ASM)
          return false;
      }
  tree pt = TREE_TYPE (p);
  if (!rtype || f->regs[r].kind == XIR_T_BLOB)
    return false;
  if (POINTER_TYPE_P (pt)
      && (f->regs[r].as || TYPE_ADDR_SPACE (TREE_TYPE (pt))
          || !POINTER_TYPE_P (rtype) || TYPE_ADDR_SPACE (TREE_TYPE (rtype))))
    return false;
  return useless_type_conversion_p (rtype, pt)
         && useless_type_conversion_p (pt, rtype);
}

/* The locals: a variable per register (none for a substituted one, the
   parameter itself for one xb_param_as_reg allows) and per slot, a label
   per block.  */
static void
xb_locals (xb_ctx *b, tree parms)
{
  const xir_func *f = b->f;
  tree p = parms;
  for (uint32_t r = 0; r < f->nregs; r++)
    {
      tree rtype = xi_tree_type (&f->regs[r]);
      if (p && xb_param_as_reg (b, p, r, rtype))
        b->regs[r] = p;
      else if (!b->subst[r])
        b->regs[r] = xb_var (b, rtype, "xinline_r");
      p = p ? DECL_CHAIN (p) : NULL_TREE;
    }
  for (uint32_t s = 0; s < f->nslots; s++)
    {
      tree v = xb_var (b, xb_slot_type (b, s), "xinline_slot");
      TREE_ADDRESSABLE (v) = 1;
      if (f->slots[s].flags & XIR_SL_VOLATILE)
        {
          TREE_THIS_VOLATILE (v) = 1;
          TREE_SIDE_EFFECTS (v) = 1;
        }
      b->slots[s] = v;
    }
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    b->labels[bl] = xb_label (b);
}

/* Slot S holds the bytes of aggregate parameter number slots[S].param,
   one of PARMS (typed by this unit's declaration).  */
static void
xb_blob_param (xb_ctx *b, uint32_t s, tree parms)
{
  tree p = parms;
  for (int32_t i = 0; i < b->f->slots[s].param; i++)
    p = DECL_CHAIN (p);
  tree to = xb_object_at (TREE_TYPE (p),
                          build_fold_addr_expr (b->slots[s]),
                          MAX (b->f->slots[s].align, 1));
  xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (to), to, p));
}

/* The entry: the NP parameters PARMS into their registers and slots.  */
static void
xb_entry (xb_ctx *b, tree parms, unsigned np)
{
  const xir_func *f = b->f;
  tree p = parms;
  for (uint32_t i = 0; i < np; i++, p = DECL_CHAIN (p))
    if (f->regs[i].kind != XIR_T_BLOB && b->regs[i] != p)
      xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (b->regs[i]), b->regs[i],
                            fold_convert (TREE_TYPE (b->regs[i]), p)));
  for (uint32_t s = 0; s < f->nslots; s++)
    if (f->slots[s].param >= 0
        && f->regs[f->slots[s].param].kind == XIR_T_BLOB)
      xb_blob_param (b, s, parms);
    else if (f->slots[s].param >= 0)
      {
        xir_mem m;
        memset (&m, 0, sizeof m);
        m.base.kind = XIR_O_SLOT;
        m.base.idx = s;
        m.type = f->regs[f->slots[s].param];
        m.align = 1;
        tree t = xb_mem (b, &m);
        xb_append (b, build2 (MODIFY_EXPR, TREE_TYPE (t), t,
                              fold_convert (TREE_TYPE (t),
                                            b->regs[f->slots[s].param])));
      }
}

void
xi_build (tree fndecl, xi_body *body, bool force_inline)
{
  const xir_func *f = body->f;
  xb_ctx b;
  memset (&b, 0, sizeof b);
  b.fndecl = fndecl;
  b.f = f;
  b.regs = XCNEWVEC (tree, f->nregs + 1);
  b.slots = XCNEWVEC (tree, f->nslots + 1);
  b.labels = XCNEWVEC (tree, f->nblocks + 1);
  b.pool = XCNEWVEC (tree, f->npool + 1);
  b.ptype = XCNEWVEC (tree, f->nregs + 1);
  b.subst = XCNEWVEC (bool, f->nregs + 1);
  b.sub = XCNEWVEC (tree, f->nregs + 1);
  b.syms = body->syms;
  for (uint32_t i = 0; i < f->nsyms; i++)
    if (!b.syms[i])
      b.syms[i] = xb_declare (f, &f->syms[i]);

  unsigned np;
  tree parms = xb_params (fndecl, &np);
  tree res = build_decl (DECL_SOURCE_LOCATION (fndecl), RESULT_DECL, NULL_TREE,
                         TREE_TYPE (TREE_TYPE (fndecl)));
  DECL_ARTIFICIAL (res) = 1;
  DECL_IGNORED_P (res) = 1;
  DECL_CONTEXT (res) = fndecl;
  DECL_ARGUMENTS (fndecl) = parms;
  DECL_RESULT (fndecl) = res;

  xi_substituted (f, np, b.subst);
  xb_locals (&b, parms);
  xb_fixed_params (&b, parms);
  xb_entry (&b, parms, np);
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    {
      xb_append (&b, build1 (LABEL_EXPR, void_type_node, b.labels[bl]));
      for (uint32_t i = 0; i < f->blocks[bl].nstmts; i++)
        xb_stmt (&b, &f->blocks[bl].stmts[i]);
      xb_term (&b, &f->blocks[bl].term);
    }

  tree block = make_node (BLOCK);
  BLOCK_VARS (block) = b.vars;
  BLOCK_SUPERCONTEXT (block) = fndecl;
  tree bind = build3 (BIND_EXPR, void_type_node, b.vars, b.list, block);
  TREE_SIDE_EFFECTS (bind) = 1;
  DECL_INITIAL (fndecl) = block;
  DECL_SAVED_TREE (fndecl) = bind;
  free (b.regs); free (b.slots); free (b.labels); free (b.pool);
  free (b.ptype); free (b.subst); free (b.sub);

  /* Available externally: a body for the inliner, never emitted; a
     module-local copy (import-local.c) is internal, emitted where a call
     to it is left.  */
  DECL_EXTERNAL (fndecl) = TREE_PUBLIC (fndecl);
  TREE_STATIC (fndecl) = !TREE_PUBLIC (fndecl);
  DECL_DECLARED_INLINE_P (fndecl) = force_inline;
  DECL_DISREGARD_INLINE_LIMITS (fndecl) = force_inline;
  DECL_UNINLINABLE (fndecl) = 0;
  DECL_IGNORED_P (fndecl) = 1;
  gimplify_function_tree (fndecl);
  cgraph_node::add_new_function (fndecl, false);
}
