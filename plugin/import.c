/* import.c - rebuilding DB helper bodies as available-externally
 * definitions in the consumer.
 *
 * At PLUGIN_ALL_IPA_PASSES_START (before free_lang_data and SSA), each
 * called external function that has a DB entry made under the same GCC,
 * target and semantics, and whose IR signature matches the consumer's
 * declaration, gets a GENERIC body built from the IR.  The body is
 * gimplified and handed to the call graph with cgraph_node::add_new_function
 * while the declaration stays DECL_EXTERNAL: GCC's own pipeline optimizes
 * and inlines it, and never emits it; a call that is not inlined still calls
 * the real exported symbol.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "hash-set.h"

static xir_db xi_db;
static const char *xi_db_name;       /* first DB, for messages */

/* Helpers seen this unit (decl -> status), to import each once.  */
static hash_map<tree, int> *xi_seen;
/* Provider sources checked for staleness: path -> unchanged.  */
static hash_map<nofree_string_hash, uint64_t> *xi_fresh; /* file -> its hash now (0: unreadable) */
/* Helpers called from noinstr functions: not imported.  */
static hash_set<tree> *xi_noinstr;

#define XI_MAX_DEPTH 4               /* transitive import depth */
#define XI_MAX_IMPORTS 2000

/* ---- loading ------------------------------------------------------------ */

bool
xi_import_load_dbs (void)
{
  for (unsigned i = 0; i < xi_opts.ndbs; i++)
    {
      const char *name = xi_opts.dbs[i];
      unsigned char *data;
      size_t len;
      const char *err = NULL;
      if (xir_read_file (name, &data, &len))
        {
          error ("%s: cannot read helper DB %qs: %s; build it with "
                 "%<xinline-db build -o %s OBJECTS%>", XI_NAME, name,
                 xstrerror (errno), name);
          return false;
        }
      if (!xi_db_name)
        xi_db_name = name;
      int kind = xir_sniff (data, len);
      int rc;
      bool elf = kind == 0 && len >= 4 && !memcmp (data, "\177ELF", 4);
      if (elf)
        rc = xir_elf_extract (&xi_db, data, len, &err);
      else if (kind == 0)
        {
          err = "not an xinline DB or an object with a .gnu.xinline section";
          rc = -1;
        }
      else
        rc = xir_db_parse (&xi_db, data, len, &err);
      free (data);
      if (rc)
        {
          if (elf)
            error ("%s: %qs: %s; recompile it with this xinline", XI_NAME,
                   name, err);
          else
            error ("%s: %qs: %s; rebuild it with %<xinline-db build%>",
                   XI_NAME, name, err);
          return false;
        }
    }
  const char *err = NULL, *dup = NULL;
  if (xir_db_finish (&xi_db, &err, &dup))
    {
      error ("%s: helper DBs %qs: %s%s%s; pass each helper once", XI_NAME,
             xi_db_name ? xi_db_name : "", err, dup ? " " : "",
             dup ? dup : "");
      return false;
    }
  return true;
}

/* ---- the unit's own declarations ------------------------------------------ */

/* File-scope public declarations of the unit by assembler name, collected
   while parsing: after parsing the C front end drops its bindings, and an
   unused declaration has no symbol-table node.  Imported bodies use these
   declarations (with their attributes) for the symbols they reference.  */
static hash_map<tree, tree> *xi_decls;

static void
xi_finish_decl (void *gcc_data, void *)
{
  tree d = (tree) gcc_data;
  if ((TREE_CODE (d) != FUNCTION_DECL && TREE_CODE (d) != VAR_DECL)
      || !TREE_PUBLIC (d) || (DECL_CONTEXT (d)
                              && TREE_CODE (DECL_CONTEXT (d)) != TRANSLATION_UNIT_DECL))
    return;
  if (!xi_decls)
    xi_decls = new hash_map<tree, tree>;
  xi_decls->put (DECL_ASSEMBLER_NAME (d), d);
}

/* The unit's declaration of the symbol named ID, or NULL.  */
static tree
xi_lookup_decl (tree id)
{
  symtab_node *n = symtab_node::get_for_asmname (id);
  if (n)
    return n->decl;
  tree *d = xi_decls ? xi_decls->get (id) : NULL;
  return d ? *d : NULL_TREE;
}

/* ---- IR validation: what the GENERIC builder relies on -------------------- */

static bool
xi_scalar (const xir_type *t)
{
  return t->kind == XIR_T_INT || t->kind == XIR_T_BOOL || t->kind == XIR_T_PTR;
}

static const xir_type *
xi_optype (const xir_func *f, const xir_operand *o, xir_type *tmp)
{
  switch (o->kind)
    {
    case XIR_O_REG:
      return &f->regs[o->idx];
    case XIR_O_CONST:
      return &o->type;
    case XIR_O_SYM:
    case XIR_O_SLOT:
    case XIR_O_POOL:
      memset (tmp, 0, sizeof *tmp);
      tmp->kind = XIR_T_PTR;
      tmp->size = POINTER_SIZE / BITS_PER_UNIT;
      tmp->prec = POINTER_SIZE;
      return tmp;
    default:
      return NULL;
    }
}

static bool
xi_types_ok (const xir_type *t)
{
  switch (t->kind)
    {
    case XIR_T_INT:
      return t->prec >= 1 && t->prec <= 64 && t->size >= 1 && t->size <= 8
             && (t->size & (t->size - 1)) == 0 && t->prec <= t->size * 8;
    case XIR_T_BOOL:
      return t->prec == 1 && t->size == 1;
    case XIR_T_PTR:
      return (t->size * 8 == POINTER_SIZE
              && (t->as == 0 || (t->as < 16 && targetm.addr_space.valid_pointer_mode
                                 (ptr_mode, t->as))));
    case XIR_T_BLOB:
      return t->size >= 1 && t->as == 0;
    case XIR_T_VOID:
      return true;
    default:
      return false;
    }
}

static bool
xi_mem_ok (const xir_func *f, const xir_mem *m)
{
  xir_type tmp;
  const xir_type *bt = xi_optype (f, &m->base, &tmp);
  if (!bt || bt->kind != XIR_T_PTR || bt->as != m->as)
    return false;
  if (m->base.kind == XIR_O_SYM && f->syms[m->base.idx].kind != XIR_SYM_VAR
      && f->syms[m->base.idx].kind != XIR_SYM_FUNC)
    return false;
  for (unsigned i = 0; i < m->nidx; i++)
    if (f->regs[m->idx[i].reg].kind != XIR_T_INT)
      return false;
  return (m->type.kind != XIR_T_VOID && xi_types_ok (&m->type)
          && m->align >= 1 && (m->align & (m->align - 1)) == 0
          && m->align <= 4096);
}

#define XI_EQ(a, b) xir_type_equal ((a), (b))

/* An int passed for a narrower integer parameter: C's argument promotion
   on targets that promote prototypes (x86).  */
static bool
xi_promoted_arg (const xir_type *arg, const xir_type *parm)
{
  return ((parm->kind == XIR_T_INT || parm->kind == XIR_T_BOOL)
          && parm->prec < TYPE_PRECISION (integer_type_node)
          && arg->kind == XIR_T_INT
          && arg->prec == TYPE_PRECISION (integer_type_node));
}

/* Checks the typing rules of every statement; the IR from our exporter
   always satisfies them, a hand-made or damaged DB may not.  */
static const char *
xi_validate (const xir_func *f)
{
  xir_type t0, t1, t2;
  for (uint32_t r = 0; r < f->nregs; r++)
    if (!xi_scalar (&f->regs[r]) || !xi_types_ok (&f->regs[r]))
      return "a register of unsupported type";
  for (uint32_t b = 0; b < f->nblocks; b++)
    {
      const xir_block *bl = &f->blocks[b];
      for (uint32_t i = 0; i < bl->nstmts; i++)
        {
          const xir_stmt *s = &bl->stmts[i];
          const xir_type *d = s->dst >= 0 ? &f->regs[s->dst] : NULL;
          const xir_type *a = s->nops > 0 ? xi_optype (f, &s->ops[0], &t0) : NULL;
          const xir_type *c = s->nops > 1 ? xi_optype (f, &s->ops[1], &t1) : NULL;
          const xir_type *e = s->nops > 2 ? xi_optype (f, &s->ops[2], &t2) : NULL;
          for (unsigned k = 0; k < s->nops; k++)
            if (s->ops[k].kind == XIR_O_CONST && (!xi_scalar (&s->ops[k].type)
                                                  || !xi_types_ok (&s->ops[k].type)))
              return "a constant of unsupported type";
          switch (s->kind)
            {
            case XIR_S_ASSIGN:
              if (!d || !a || (int) s->nops != xir_op_arity (s->op))
                return "a malformed operation";
              switch (s->op)
                {
                case XIR_OP_MOV:
                  if (!XI_EQ (a, d))
                    return "a move between types";
                  break;
                case XIR_OP_CONV:
                  break;
                case XIR_OP_NOT:
                case XIR_OP_AND:
                case XIR_OP_OR:
                case XIR_OP_XOR:
                  if (d->kind == XIR_T_PTR || !XI_EQ (a, d) || (c && !XI_EQ (c, d)))
                    return "a bitwise operation on mixed types";
                  break;
                case XIR_OP_ABSU:
                  if (d->kind != XIR_T_INT || !d->uns || a->kind != XIR_T_INT
                      || a->uns || a->prec != d->prec)
                    return "a malformed ABSU";
                  break;
                case XIR_OP_SHL: case XIR_OP_SHR:
                case XIR_OP_ROTL: case XIR_OP_ROTR:
                  if (d->kind != XIR_T_INT || !XI_EQ (a, d) || c->kind != XIR_T_INT)
                    return "a malformed shift";
                  break;
                case XIR_OP_PTR_ADD:
                  if (d->kind != XIR_T_PTR || !XI_EQ (a, d)
                      || c->kind != XIR_T_INT || c->prec != POINTER_SIZE)
                    return "a malformed pointer addition";
                  break;
                case XIR_OP_PTR_DIFF:
                  if (d->kind != XIR_T_INT || d->uns || d->prec != POINTER_SIZE
                      || a->kind != XIR_T_PTR || c->kind != XIR_T_PTR)
                    return "a malformed pointer difference";
                  break;
                case XIR_OP_LT: case XIR_OP_LE: case XIR_OP_GT:
                case XIR_OP_GE: case XIR_OP_EQ: case XIR_OP_NE:
                  if (d->kind == XIR_T_PTR || !XI_EQ (a, c))
                    return "a comparison of mixed types";
                  break;
                case XIR_OP_COND:
                  if (a->kind == XIR_T_PTR || !XI_EQ (c, d) || !XI_EQ (e, d))
                    return "a malformed conditional";
                  break;
                case XIR_OP_ADD_OVF_VAL: case XIR_OP_ADD_OVF:
                case XIR_OP_SUB_OVF_VAL: case XIR_OP_SUB_OVF:
                case XIR_OP_MUL_OVF_VAL: case XIR_OP_MUL_OVF:
                  if (d->kind != XIR_T_INT
                      || (a->kind != XIR_T_INT && a->kind != XIR_T_BOOL)
                      || (c->kind != XIR_T_INT && c->kind != XIR_T_BOOL))
                    return "malformed checked arithmetic";
                  break;
                case XIR_OP_MULH:
                  {
                    /* Built in the double width (an adversarial DB once
                       asked for an 8-bit MULT_HIGHPART_EXPR, which x86
                       cannot expand: an internal error).  */
                    scalar_int_mode m;
                    if (d->kind != XIR_T_INT || !XI_EQ (a, d) || !XI_EQ (c, d))
                      return "arithmetic on mixed types";
                    if (d->prec != d->size * 8
                        || !int_mode_for_size (2 * d->prec, 0).exists (&m)
                        || !targetm.scalar_mode_supported_p (m))
                      return "a high-part multiplication the target cannot do";
                  }
                  break;
                default:
                  /* NEG ABS and the binary arithmetic.  */
                  if (d->kind != XIR_T_INT || !XI_EQ (a, d) || (c && !XI_EQ (c, d)))
                    return "arithmetic on mixed types";
                  break;
                }
              break;
            case XIR_S_LOAD:
              if (!d || !xi_mem_ok (f, &s->mem[0]) || !XI_EQ (&s->mem[0].type, d))
                return "a malformed load";
              break;
            case XIR_S_STORE:
              if (!a || !xi_mem_ok (f, &s->mem[0]) || !XI_EQ (&s->mem[0].type, a))
                return "a malformed store";
              break;
            case XIR_S_COPY:
              if (!xi_mem_ok (f, &s->mem[0]) || !xi_mem_ok (f, &s->mem[1])
                  || !XI_EQ (&s->mem[0].type, &s->mem[1].type))
                return "a malformed copy";
              break;
            case XIR_S_ZERO:
              if (!xi_mem_ok (f, &s->mem[0]))
                return "a malformed clear";
              break;
            case XIR_S_ADDR:
              if (!d || d->kind != XIR_T_PTR)
                return "a malformed address computation";
              {
                xir_mem m = s->mem[0];
                m.type = *d;
                m.align = 1;
                if (!xi_mem_ok (f, &m))
                  return "a malformed address computation";
              }
              break;
            case XIR_S_CALL:
              {
                const xir_call *cl = s->call;
                const xir_sig *sg = &f->sigs[cl->sig];
                if (cl->nargs < sg->nparams || (!sg->varargs && cl->nargs != sg->nparams))
                  return "a call with the wrong number of arguments";
                for (unsigned k = 0; k < cl->nargs; k++)
                  {
                    const xir_type *at = xi_optype (f, &cl->args[k], &t0);
                    if (!at || !xi_scalar (at) || !xi_types_ok (at)
                        || (k < sg->nparams && !XI_EQ (at, &sg->params[k])
                            && !xi_promoted_arg (at, &sg->params[k])))
                      return "a call with an argument of the wrong type";
                  }
                if (d && (sg->ret.kind == XIR_T_VOID || !XI_EQ (d, &sg->ret)))
                  return "a call whose result has the wrong type";
                if (cl->kind == XIR_C_DIRECT
                    && (f->syms[cl->sym].kind != XIR_SYM_FUNC
                        || !xir_sig_equal (sg, &f->sigs[f->syms[cl->sym].sig])))
                  return "a call through a different function type";
                if (cl->kind == XIR_C_INDIRECT)
                  {
                    const xir_type *tt = xi_optype (f, &cl->target, &t0);
                    if (!tt || tt->kind != XIR_T_PTR)
                      return "an indirect call through a non-pointer";
                  }
              }
              break;
            case XIR_S_ASM:
              {
                const xir_asm *as = s->asm_;
                for (uint32_t k = 0; k < as->nout; k++)
                  if (as->outs[k].is_mem ? !xi_mem_ok (f, &as->outs[k].mem)
                                         : as->outs[k].reg < 0)
                    return "a malformed asm output";
                for (uint32_t k = 0; k < as->nin; k++)
                  if (as->ins[k].is_mem ? !xi_mem_ok (f, &as->ins[k].mem)
                                        : !xi_optype (f, &as->ins[k].val, &t0))
                    return "a malformed asm input";
                if (as->nlabels && i + 1 != bl->nstmts)
                  return "an asm goto that does not end its block";
              }
              break;
            default:
              return "an unknown statement";
            }
        }
      const xir_term *t = &bl->term;
      const xir_type *ta = t->a.kind ? xi_optype (f, &t->a, &t0) : NULL;
      const xir_type *tb = t->b.kind ? xi_optype (f, &t->b, &t1) : NULL;
      const xir_type *rt = &f->sigs[f->sig].ret;
      switch (t->kind)
        {
        case XIR_K_COND:
          if (!ta || !tb || !XI_EQ (ta, tb) || !xir_op_is_compare (t->cmp))
            return "a malformed branch";
          break;
        case XIR_K_SWITCH:
          if (!ta || ta->kind != XIR_T_INT)
            return "a malformed switch";
          break;
        case XIR_K_RETURN:
          if (rt->kind == XIR_T_VOID ? ta != NULL : (!ta || !XI_EQ (ta, rt)))
            return "a return of the wrong type";
          break;
        default:
          break;
        }
    }
  return NULL;
}

/* ---- symbols ---------------------------------------------------------------- */

struct xb_ctx {
  tree fndecl;
  xir_func *f;
  tree *regs, *slots, *labels, *syms, *pool;
  tree list;                 /* STATEMENT_LIST of the body */
  tree vars;                 /* chain of locals */
  const char *why;
  char whybuf[256];
};

/* The consumer's decl for symbol S, or a new external one.  */
static tree
xb_symbol (xb_ctx *b, const xir_sym *s)
{
  tree id = get_identifier (s->name);
  tree d = xi_lookup_decl (id);
  if (d)
    {
      if (!TREE_PUBLIC (d))
        {
          snprintf (b->whybuf, sizeof b->whybuf, "it references %s, which "
                    "this unit defines with internal linkage", s->name);
          return NULL_TREE;
        }
      if (s->kind == XIR_SYM_FUNC)
        {
          xir_sig sg;
          bool same = (TREE_CODE (d) == FUNCTION_DECL
                       && !xi_sig_of (TREE_TYPE (d), &sg)
                       && xir_sig_equal (&sg, &b->f->sigs[s->sig]));
          if (TREE_CODE (d) == FUNCTION_DECL)
            xi_sig_release (&sg);
          if (!same)
            {
              snprintf (b->whybuf, sizeof b->whybuf, "it calls %s, which "
                        "this unit declares with another type", s->name);
              return NULL_TREE;
            }
        }
      else if (TREE_CODE (d) != VAR_DECL)
        {
          snprintf (b->whybuf, sizeof b->whybuf, "it references variable "
                    "%s, which this unit declares as a function", s->name);
          return NULL_TREE;
        }
      else if (DECL_THREAD_LOCAL_P (d))
        {
          snprintf (b->whybuf, sizeof b->whybuf, "it references %s, which "
                    "this unit declares thread-local", s->name);
          return NULL_TREE;
        }
      return d;
    }
  if (s->kind == XIR_SYM_FUNC)
    {
      d = build_decl (BUILTINS_LOCATION, FUNCTION_DECL, id,
                      xi_tree_fntype (&b->f->sigs[s->sig]));
      if (s->flags & XIR_CF_NORETURN)
        TREE_THIS_VOLATILE (d) = 1;
      if (s->flags & XIR_CF_NOTHROW)
        TREE_NOTHROW (d) = 1;
    }
  else
    d = build_decl (BUILTINS_LOCATION, VAR_DECL, id,
                    build_array_type (char_type_node, NULL_TREE));
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

static tree
xb_operand (xb_ctx *b, const xir_operand *o)
{
  tree base;
  switch (o->kind)
    {
    case XIR_O_REG:
      return b->regs[o->idx];
    case XIR_O_CONST:
      return build_int_cst_type (xi_tree_type (&o->type), (HOST_WIDE_INT) o->val);
    case XIR_O_SYM:
      base = fold_convert (ptr_type_node,
                           build_fold_addr_expr (b->syms[o->idx]));
      break;
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
      tree idx = fold_convert (sizetype, b->regs[m->idx[i].reg]);
      idx = build2 (MULT_EXPR, sizetype, idx,
                    build_int_cst (sizetype, m->idx[i].scale));
      p = build2 (POINTER_PLUS_EXPR, TREE_TYPE (p), p, idx);
    }
  if (!keep_off && m->off)
    p = build2 (POINTER_PLUS_EXPR, TREE_TYPE (p), p, size_int (m->off));
  return p;
}

static tree
xb_mem (xb_ctx *b, const xir_mem *m)
{
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

/* ---- statements --------------------------------------------------------------- */

static enum tree_code
xb_code (unsigned op)
{
  switch (op)
    {
    case XIR_OP_CONV: return NOP_EXPR;
    case XIR_OP_NEG: return NEGATE_EXPR;
    case XIR_OP_NOT: return BIT_NOT_EXPR;
    case XIR_OP_ABS: return ABS_EXPR;
    case XIR_OP_ABSU: return ABSU_EXPR;
    case XIR_OP_ADD: return PLUS_EXPR;
    case XIR_OP_SUB: return MINUS_EXPR;
    case XIR_OP_MUL: return MULT_EXPR;
    case XIR_OP_DIV_TRUNC: return TRUNC_DIV_EXPR;
    case XIR_OP_MOD_TRUNC: return TRUNC_MOD_EXPR;
    case XIR_OP_DIV_EXACT: return EXACT_DIV_EXPR;
    case XIR_OP_DIV_FLOOR: return FLOOR_DIV_EXPR;
    case XIR_OP_DIV_CEIL: return CEIL_DIV_EXPR;
    case XIR_OP_DIV_ROUND: return ROUND_DIV_EXPR;
    case XIR_OP_MOD_FLOOR: return FLOOR_MOD_EXPR;
    case XIR_OP_MOD_CEIL: return CEIL_MOD_EXPR;
    case XIR_OP_MOD_ROUND: return ROUND_MOD_EXPR;
    case XIR_OP_SHL: return LSHIFT_EXPR;
    case XIR_OP_SHR: return RSHIFT_EXPR;
    case XIR_OP_ROTL: return LROTATE_EXPR;
    case XIR_OP_ROTR: return RROTATE_EXPR;
    case XIR_OP_AND: return BIT_AND_EXPR;
    case XIR_OP_OR: return BIT_IOR_EXPR;
    case XIR_OP_XOR: return BIT_XOR_EXPR;
    case XIR_OP_MIN: return MIN_EXPR;
    case XIR_OP_MAX: return MAX_EXPR;
    case XIR_OP_PTR_ADD: return POINTER_PLUS_EXPR;
    case XIR_OP_PTR_DIFF: return POINTER_DIFF_EXPR;
    case XIR_OP_MULH: return MULT_HIGHPART_EXPR;
    case XIR_OP_LT: return LT_EXPR;
    case XIR_OP_LE: return LE_EXPR;
    case XIR_OP_GT: return GT_EXPR;
    case XIR_OP_GE: return GE_EXPR;
    case XIR_OP_EQ: return EQ_EXPR;
    case XIR_OP_NE: return NE_EXPR;
    case XIR_OP_COND: return COND_EXPR;
    default: gcc_unreachable ();
    }
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
  if (c->kind == XIR_C_DIRECT || c->kind == XIR_C_BUILTIN)
    {
      tree d = c->kind == XIR_C_DIRECT ? b->syms[c->sym]
                                       : builtin_decl_explicit
                                           ((enum built_in_function) c->builtin);
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
  for (unsigned i = 0; i < c->nargs; i++)
    {
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

static tree
xb_asm_list (xb_ctx *b, const xir_asm_op *ops, uint32_t n, bool output)
{
  tree list = NULL_TREE, *tail = &list;
  for (uint32_t i = 0; i < n; i++)
    {
      const xir_asm_op *op = &ops[i];
      tree v;
      if (op->is_mem)
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
  tree outs = xb_asm_list (b, a->outs, a->nout, true);
  tree ins = xb_asm_list (b, a->ins, a->nin, false);
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
}

static void
xb_stmt (xb_ctx *b, const xir_stmt *s)
{
  tree dst = s->dst >= 0 ? b->regs[s->dst] : NULL_TREE;
  tree dtype = dst ? TREE_TYPE (dst) : NULL_TREE;
  tree t;
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      {
        tree o[XIR_MAX_OPS];
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
               target has the instruction (xi_validate checked that the
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
        xb_append (b, build2 (MODIFY_EXPR, dtype, dst, t));
        break;
      }
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
      /* (An empty CONSTRUCTOR for a BLOB, 0 for a scalar: the exporter
         writes only the former, an adversarial DB the latter.)  */
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
      if (dst)
        t = build2 (MODIFY_EXPR, dtype, dst, fold_convert (dtype, t));
      xb_append (b, t);
      break;
    default:
      gcc_unreachable ();
    }
}

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

/* Switch cases must be sorted-able without overlap in the index type.  */
static bool
xb_cases_ok (const xir_func *f, const xir_term *t)
{
  const xir_type *it = &f->regs[t->a.idx];
  unsigned sh = 64 - it->prec;
  for (uint32_t i = 0; i < t->ncases; i++)
    {
      const xir_case *a = &t->cases[i];
      int64_t alo = it->uns ? 0 : (int64_t) (a->lo << sh) >> sh;
      if (it->uns ? a->lo > a->hi
                  : alo > (int64_t) (a->hi << sh) >> sh)
        return false;
      for (uint32_t j = 0; j < i; j++)
        {
          const xir_case *c = &t->cases[j];
          bool disjoint;
          if (it->uns)
            disjoint = a->hi < c->lo || c->hi < a->lo;
          else
            disjoint = ((int64_t) (a->hi << sh) >> sh
                        < (int64_t) (c->lo << sh) >> sh)
                       || ((int64_t) (c->hi << sh) >> sh < alo);
          if (!disjoint)
            return false;
        }
    }
  return true;
}

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

/* Builds FNDECL's body from F.  NULL on success, or the reason.  */
static const char *
xb_build (tree fndecl, xir_func *f, vec<tree> *work)
{
  xb_ctx b;
  memset (&b, 0, sizeof b);
  b.fndecl = fndecl;
  b.f = f;
  b.regs = XCNEWVEC (tree, f->nregs + 1);
  b.slots = XCNEWVEC (tree, f->nslots + 1);
  b.labels = XCNEWVEC (tree, f->nblocks + 1);
  b.syms = XCNEWVEC (tree, f->nsyms + 1);
  b.pool = XCNEWVEC (tree, f->npool + 1);
  const char *why = NULL;

  for (uint32_t i = 0; i < f->nsyms && !why; i++)
    if (!(b.syms[i] = xb_symbol (&b, &f->syms[i])))
      why = xstrdup (b.whybuf);
  for (uint32_t bl = 0; bl < f->nblocks && !why; bl++)
    {
      for (uint32_t i = 0; i < f->blocks[bl].nstmts && !why; i++)
        {
          const xir_call *c = f->blocks[bl].stmts[i].call;
          if (f->blocks[bl].stmts[i].kind != XIR_S_CALL
              || c->kind != XIR_C_BUILTIN)
            continue;
          tree bd = c->builtin < END_BUILTINS
                    ? builtin_decl_explicit ((enum built_in_function)
                                             c->builtin) : NULL_TREE;
          xir_sig sg;
          if (!bd || strcmp (IDENTIFIER_POINTER (DECL_NAME (bd)), c->bname))
            why = "it calls a builtin this GCC does not have";
          else if (xi_builtin_sig_of (TREE_TYPE (bd), &sg))
            why = "it calls a builtin of unsupported type";
          else
            {
              if (!xir_sig_equal (&sg, &f->sigs[c->sig]))
                why = "it calls a builtin with a different type";
              xi_sig_release (&sg);
            }
        }
      if (f->blocks[bl].term.kind == XIR_K_SWITCH
          && !xb_cases_ok (f, &f->blocks[bl].term))
        why = "it has a switch with overlapping cases";
    }
  if (why)
    {
      free (b.regs); free (b.slots); free (b.labels); free (b.syms);
      free (b.pool);
      return why;
    }

  /* Parameters, from the consumer's prototype.  */
  tree fntype = TREE_TYPE (fndecl);
  tree parms = NULL_TREE, *pp = &parms;
  unsigned np = 0;
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a), np++)
    {
      char nm[32];
      snprintf (nm, sizeof nm, "xinline_p%u", np);
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
  tree res = build_decl (DECL_SOURCE_LOCATION (fndecl), RESULT_DECL, NULL_TREE,
                         TREE_TYPE (fntype));
  DECL_ARTIFICIAL (res) = 1;
  DECL_IGNORED_P (res) = 1;
  DECL_CONTEXT (res) = fndecl;

  DECL_ARGUMENTS (fndecl) = parms;
  DECL_RESULT (fndecl) = res;

  for (uint32_t r = 0; r < f->nregs; r++)
    b.regs[r] = xb_var (&b, xi_tree_type (&f->regs[r]), "xinline_r");
  for (uint32_t s = 0; s < f->nslots; s++)
    {
      tree v = xb_var (&b, xi_tree_blob_type (f->slots[s].size,
                                         MAX (f->slots[s].align, 1)),
                       "xinline_slot");
      TREE_ADDRESSABLE (v) = 1;
      if (f->slots[s].flags & XIR_SL_VOLATILE)
        {
          TREE_THIS_VOLATILE (v) = 1;
          TREE_SIDE_EFFECTS (v) = 1;
        }
      b.slots[s] = v;
    }
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    b.labels[bl] = xb_label (&b);

  /* Entry: parameters into their registers and slots.  */
  tree p = parms;
  for (uint32_t i = 0; i < np; i++, p = DECL_CHAIN (p))
    xb_append (&b, build2 (MODIFY_EXPR, TREE_TYPE (b.regs[i]), b.regs[i],
                           fold_convert (TREE_TYPE (b.regs[i]), p)));
  for (uint32_t s = 0; s < f->nslots; s++)
    if (f->slots[s].param >= 0)
      {
        xir_mem m;
        memset (&m, 0, sizeof m);
        m.base.kind = XIR_O_SLOT;
        m.base.idx = s;
        m.type = f->regs[f->slots[s].param];
        m.align = 1;
        tree t = xb_mem (&b, &m);
        xb_append (&b, build2 (MODIFY_EXPR, TREE_TYPE (t), t,
                               fold_convert (TREE_TYPE (t),
                                             b.regs[f->slots[s].param])));
      }
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    {
      xb_append (&b, build1 (LABEL_EXPR, void_type_node, b.labels[bl]));
      for (uint32_t i = 0; i < f->blocks[bl].nstmts; i++)
        xb_stmt (&b, &f->blocks[bl].stmts[i]);
      xb_term (&b, &f->blocks[bl].term);
    }

  /* The helpers this body calls may be DB helpers too.  */
  for (uint32_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].kind == XIR_SYM_FUNC)
      work->safe_push (b.syms[i]);

  tree block = make_node (BLOCK);
  BLOCK_VARS (block) = b.vars;
  BLOCK_SUPERCONTEXT (block) = fndecl;
  tree bind = build3 (BIND_EXPR, void_type_node, b.vars, b.list, block);
  TREE_SIDE_EFFECTS (bind) = 1;
  DECL_INITIAL (fndecl) = block;
  DECL_SAVED_TREE (fndecl) = bind;

  free (b.regs); free (b.slots); free (b.labels); free (b.syms); free (b.pool);
  return NULL;
}

/* ---- driving ------------------------------------------------------------------ */

static uint8_t xi_flavour;          /* of this unit */

/* The entry for NAME in this unit's flavour; with *OTHER set when only the
   other flavour is there.  */
static const xir_entry *
xi_find (const char *name, bool *other)
{
  const xir_entry *e = xir_db_find (&xi_db, name, xi_flavour);
  *other = !e && xir_db_find (&xi_db, name, xi_flavour
                                            == XIR_FLAVOUR_MODULE
                                            ? XIR_FLAVOUR_BUILTIN
                                            : XIR_FLAVOUR_MODULE);
  return e;
}

static bool
xi_has_body (tree d)
{
  cgraph_node *n = cgraph_node::get (d);
  return (DECL_INITIAL (d) || DECL_SAVED_TREE (d) || DECL_STRUCT_FUNCTION (d)
          || (n && (n->definition || n->alias)));
}

/* Tries to import helper D from entry E.  Returns NULL or why not.
   Queues the DB helpers its body calls in WORK.  */
/* Whether file PATH still has hash HASH (FNV-1a 64), i.e. has not
   changed since the export; a file that cannot be read counts as fresh
   (nothing to compare).  Each file is hashed once per compilation; the
   hash, not a verdict, is kept, since DB entries may name one file with
   different recorded hashes.  */
static bool
xi_file_fresh (const char *path, uint64_t hash)
{
  uint64_t *now = xi_fresh->get (path);
  if (!now)
    {
      xi_fresh->put (xstrdup (path), xir_file_hash (path));
      now = xi_fresh->get (path);
    }
  return !*now || *now == hash;
}

static const char *
xi_import_one (tree d, const xir_entry *e, vec<tree> *work, bool *policy)
{
  static char why[512];
  xir_meta cur;
  xi_current_meta (&cur);
  const char *res = NULL;
  char a[256], c[256];

  *policy = true;
  if (DECL_UNINLINABLE (d) || lookup_attribute ("noinline", DECL_ATTRIBUTES (d))
      || lookup_attribute ("noipa", DECL_ATTRIBUTES (d)))
    res = "this unit declares it noinline";
  else if (DECL_WEAK (d))
    res = "this unit declares it weak";
  else
    *policy = false;
  if (res)
    ;
  else if (strcmp (e->meta.producer, cur.producer))
    {
      snprintf (why, sizeof why, "its body was made by %s, this is %s; "
                "rebuild the DB with this compiler", e->meta.producer,
                cur.producer);
      res = why;
    }
  else if (strcmp (e->meta.target, cur.target))
    {
      snprintf (why, sizeof why, "its body was made for target %s, this "
                "is %s", e->meta.target, cur.target);
      res = why;
    }
  else if (xir_sem_conflicts (e->meta.semflags, cur.semflags))
    {
      uint32_t diff = xir_sem_conflicts (e->meta.semflags, cur.semflags);
      snprintf (why, sizeof why, "its body was made with %s, this unit "
                "uses %s",
                xi_semflags_side (e->meta.semflags, diff, a, sizeof a),
                xi_semflags_side (cur.semflags, diff, c, sizeof c));
      res = why;
    }
  /* Stale DB: the provider's source changed since the export ...  */
  if (!res && e->meta.source_hash && e->meta.source && *e->meta.source)
    {
      if (!xi_file_fresh (e->meta.source, e->meta.source_hash))
        {
          snprintf (why, sizeof why, "the DB is stale: %s changed since its "
                    "helpers were exported; rebuild the DB", e->meta.source);
          res = why;
        }
    }
  /* ... or a file the bodies came from (a header).  */
  for (uint32_t i = 0; !res && i < e->meta.ndeps; i++)
    {
      const xir_dep *dp = &e->meta.deps[i];
      if (!xi_file_fresh (dp->path, dp->hash))
        {
          snprintf (why, sizeof why, "the DB is stale: %s changed since "
                    "the helpers of %s were exported; rebuild the DB",
                    dp->path, e->meta.source);
          res = why;
        }
    }
  xir_meta_free (&cur);
  if (res)
    return res;

  const char *err = NULL;
  xir_func *f = xir_entry_decode (e, &err);
  if (!f)
    {
      snprintf (why, sizeof why, "its DB entry is corrupt (%s)", err);
      return why;
    }
  xir_sig sg;
  const char *bad = xi_sig_of (TREE_TYPE (d), &sg);
  if (bad)
    {
      snprintf (why, sizeof why, "this unit declares it with %s", bad);
      res = why;
    }
  else
    {
      if (!xir_sig_equal (&sg, &f->sigs[f->sig]))
        res = "this unit declares it with a different type than the DB body";
      xi_sig_release (&sg);
    }
  if (!res && (bad = xi_validate (f)))
    {
      snprintf (why, sizeof why, "its DB body is malformed (%s)", bad);
      res = why;
    }
  if (!res && xi_modsafe_active ())
    {
      static char mbuf[512];
      for (uint32_t i = 0; i < f->nsyms && !res; i++)
        {
          tree id = get_identifier (f->syms[i].name);
          symtab_node *n = symtab_node::get_for_asmname (id);
          tree cd = xi_lookup_decl (id);
          /* A call to a function with the error attribute (FORTIFY's
             __write_overflow) fails the compile if it survives: it never
             needs linking.  */
          if (cd && DECL_P (cd)
              && lookup_attribute ("error", DECL_ATTRIBUTES (cd)))
            continue;
          res = xi_modsafe_check (f->syms[i].name, n && n->definition, mbuf,
                                  sizeof mbuf);
        }
      for (uint32_t b = 0; b < f->nblocks && !res; b++)
        for (uint32_t i = 0; i < f->blocks[b].nstmts && !res; i++)
          if (f->blocks[b].stmts[i].kind == XIR_S_ASM)
            res = xi_modsafe_check_asm (f->blocks[b].stmts[i].asm_->templ,
                                        mbuf, sizeof mbuf);
      *policy = res != NULL;
    }
  if (!res)
    for (uint32_t r = 0; r < f->nregs && !res; r++)
      if (!xi_tree_type (&f->regs[r]))
        res = "its DB body uses an integer type this target lacks";
  if (!res && (res = xb_build (d, f, work)))
    {
      snprintf (why, sizeof why, "%s", res);
      res = why;
    }
  if (!res)
    {
      /* Available externally: a body for the inliner, never emitted.  */
      DECL_EXTERNAL (d) = 1;
      TREE_STATIC (d) = 0;
      DECL_DECLARED_INLINE_P (d) = 1;
      DECL_DISREGARD_INLINE_LIMITS (d) = 1;
      DECL_UNINLINABLE (d) = 0;
      DECL_IGNORED_P (d) = 1;
      gimplify_function_tree (d);
      cgraph_node::add_new_function (d, false);
    }
  xir_func_free (f);
  return res;
}

static void
xi_import_start (void *, void *)
{
  if (seen_error () || !xi_db.n)
    return;
  if (!xi_seen)
    xi_seen = new hash_map<tree, int>;
  if (!xi_noinstr)
    xi_noinstr = new hash_set<tree>;
  if (!xi_fresh)
    xi_fresh = new hash_map<nofree_string_hash, uint64_t>;
  xi_flavour = xi_unit_is_module () ? XIR_FLAVOUR_MODULE : XIR_FLAVOUR_BUILTIN;

  auto_vec<tree> work, next;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree d = node->decl;
      if (!TREE_PUBLIC (d) || !DECL_EXTERNAL (d) || xi_has_body (d)
          || !node->callers)
        continue;
      const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
      bool other;
      if (!xi_find (name, &other) && !other)
        continue;
      for (cgraph_edge *cs = node->callers; cs; cs = cs->next_caller)
        {
          xi_report_site (cs->caller->decl, gimple_location (cs->call_stmt),
                          d);
          const char *sec = DECL_SECTION_NAME (cs->caller->decl);
          if (sec && !strcmp (sec, ".noinstr.text"))
            xi_noinstr->add (d);
        }
      work.safe_push (d);
    }

  /* Module.symvers is large: read it only in units that call helpers.  */
  if (work.is_empty ())
    return;
  static bool symvers_loaded;
  if (!symvers_loaded)
    {
      symvers_loaded = true;
      if (!xi_modsafe_load ())
        return;
    }
  xi_modsafe_start ();

  unsigned imported = 0;
  for (unsigned depth = 0; depth <= XI_MAX_DEPTH && !work.is_empty (); depth++)
    {
      next.truncate (0);
      for (unsigned i = 0; i < work.length (); i++)
        {
          tree d = work[i];
          if (xi_seen->get (d))
            continue;
          xi_seen->put (d, 1);
          if (!DECL_EXTERNAL (d) || !TREE_PUBLIC (d) || xi_has_body (d))
            continue;
          const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
          bool other;
          const xir_entry *e = xi_find (name, &other);
          if (!e && !other)
            continue;
          const char *why;
          bool policy = true;
          if (!e)
            why = xi_flavour == XIR_FLAVOUR_MODULE
                  ? "the DB has only its built-in flavour; export it from a "
                    "-DMODULE compilation too"
                  : "the DB has only its module flavour; export it from a "
                    "compilation without -DMODULE too";
          else if (xi_noinstr->contains (d))
            why = "it is called from noinstr code in this unit";
          else if (!optimize)
            why = "xinline does not import at -O0";
          else if (flag_lto || flag_generate_lto || in_lto_p)
            why = "xinline does not import with -flto (LTO inlines across "
                  "objects itself)";
          else if (imported >= XI_MAX_IMPORTS)
            why = "too many imports in this unit";
          else if (depth == XI_MAX_DEPTH)
            why = "nested too deeply in other helpers";
          else
            why = xi_import_one (d, e, &next, &policy);
          /* A DB that does not fit this unit (stale, other compiler or
             flags, malformed) is a warning; a policy (module safety,
             flavour, noinstr, the declaration's attributes) is a note,
             so that -Werror builds are not broken by it.  */
          if (why && optimize && !flag_lto && !flag_generate_lto
              && depth < XI_MAX_DEPTH
              && imported < XI_MAX_IMPORTS)
            {
              if (policy)
                inform (DECL_SOURCE_LOCATION (d),
                        "%s: not importing %qs from %qs: %s", XI_NAME, name,
                        xi_db_name, why);
              else
                warning_at (DECL_SOURCE_LOCATION (d), 0,
                            "%s: not importing %qs from %qs: %s", XI_NAME,
                            name, xi_db_name, why);
            }
          else if (!why)
            imported++;
          xi_report_helper_status (d, !why, why);
        }
      work.truncate (0);
      for (unsigned i = 0; i < next.length (); i++)
        work.safe_push (next[i]);
    }
}

static void
xi_import_end (void *, void *)
{
  xi_report_finish ();
}

void
xi_import_init (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
                     (void *) xi_typemap_roots);
  register_callback (plugin_name, PLUGIN_FINISH_DECL, xi_finish_decl, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START,
                     xi_import_start, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_END,
                     xi_import_end, NULL);
}
