/* import.c - the importer's driver: rebuilding DB helper bodies as
 * available-externally definitions in the consumer.
 *
 * It loads the DBs (-fplugin-arg-xinline-db), collects the unit's public
 * declarations while parsing (PLUGIN_FINISH_DECL) and, at
 * PLUGIN_ALL_IPA_PASSES_START (before free_lang_data and SSA), walks the
 * called external functions that have a DB entry: it records their call
 * sites for the report and hands them to the decision (import-decide.c),
 * which imports those that legality (import-legal.c) allows and the
 * builder (import-build.c) rebuilds.  At PLUGIN_ALL_IPA_PASSES_END the
 * report (report.c) says what became of each call site.
 *
 * It also holds the importer's typing rules of the IR (xi_validate and
 * xb_cases_ok, called by legality through xi_ir_check and
 * xi_ir_switch_ok).
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

xir_db xi_db;
const char *xi_db_name;

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

tree
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

/* The IR check of the legality step (import-legal.c).  */
const char *
xi_ir_check (const xir_func *f)
{
  return xi_validate (f);
}

bool
xi_ir_switch_ok (const xir_func *f, const xir_term *t)
{
  return xb_cases_ok (f, t);
}

/* ---- driving ------------------------------------------------------------------ */

/* The called DB helpers: their call sites go to the report, the helpers
   to the decision.  */
static void
xi_import_start (void *, void *)
{
  if (seen_error () || !xi_db.n)
    return;
  xi_legal_start ();

  auto_vec<tree> work;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree d = node->decl;
      if (!node->callers || !xi_decide_candidate (d))
        continue;
      for (cgraph_edge *cs = node->callers; cs; cs = cs->next_caller)
        {
          xi_report_site (cs->caller->decl, gimple_location (cs->call_stmt),
                          d);
          xi_legal_caller (cs->caller->decl, d);
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
  xi_decide (&work);
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
