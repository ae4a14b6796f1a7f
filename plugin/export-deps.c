/* export-deps.c - what an exported body depends on outside itself: the
 * symbols it references (functions and variables, by assembler name), and
 * the files it came from, recorded with their hashes in the unit's
 * metadata for stale-DB detection.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"
#include "hash-set.h"

/* ---- referenced symbols ------------------------------------------------- */

/* The symbol NAME of function FNDECL, with its signature and call flags
   and EXTRA symbol flags.  */
bool
xe_func_sym_as (xe_ctx *x, tree fndecl, const char *name, uint8_t extra,
                uint32_t *sym)
{
  xir_sig s;
  const char *why;
  if (DECL_STATIC_CHAIN (fndecl))
    return xe_fail (x, "it references nested function '%s'",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  if ((why = xi_sig_of (TREE_TYPE (fndecl), &s)))
    return xe_fail (x, "it references '%s', whose signature has %s",
                    xe_name (fndecl), why);
  uint8_t flags = extra;
  if (TREE_THIS_VOLATILE (fndecl))
    flags |= XIR_CF_NORETURN;
  if (TREE_NOTHROW (fndecl))
    flags |= XIR_CF_NOTHROW;
  *sym = xir_add_sym (x->xf, name, XIR_SYM_FUNC, xir_add_sig (x->xf, &s),
                      flags);
  xi_sig_release (&s);
  return true;
}

bool
xe_func_sym (xe_ctx *x, tree fndecl, uint32_t *sym)
{
  if (!TREE_PUBLIC (fndecl))
    return xe_fail (x, "it references '%s', which has internal linkage",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  return xe_func_sym_as (x, fndecl, xe_name (fndecl), 0, sym);
}

bool
xe_call_sym (xe_ctx *x, tree fndecl, uint32_t *sym)
{
  if (!TREE_PUBLIC (fndecl) && !DECL_EXTERNAL (fndecl))
    return xe_local_sym (x, fndecl, sym);
  return xe_func_sym (x, fndecl, sym);
}

/* The symbol of external variable DECL.  */
uint32_t
xe_var_sym (xe_ctx *x, tree decl)
{
  uint32_t i = xir_add_sym (x->xf, xe_name (decl), XIR_SYM_VAR, 0, 0);
  x->xf->syms[i].as = TYPE_ADDR_SPACE (TREE_TYPE (decl));
  return i;
}

/* ---- source files (stale-DB detection) ------------------------------------ */

/* The files, other than the main input, that the exported bodies of this
   unit came from: where their statements, the functions inlined into
   them and the macros they expand were written, and where the
   declarations and structure types they use are defined.  Recorded with
   their hashes in the unit's metadata; the importer refuses the helpers
   when one of them has changed since (docs/DESIGN.md, "Stale DBs").  The
   names are the line maps' own strings, which live as long as the
   compilation.  */
static hash_set<const char *, false, nofree_string_hash> *xe_deps;

static void
xe_dep_file (const char *f)
{
  if (!f || !*f || *f == '<'
      || (main_input_filename && !strcmp (f, main_input_filename)))
    return;
  if (!xe_deps)
    xe_deps = new hash_set<const char *, false, nofree_string_hash>;
  xe_deps->add (f);
}

/* The files of LOC: where it is, and for a macro expansion where the
   macro's text was spelled and where the macro is defined.  */
static void
xe_dep_loc (location_t loc)
{
  if (loc <= BUILTINS_LOCATION)
    return;
  xe_dep_file (expand_location (loc).file);
  if (linemap_location_from_macro_expansion_p (line_table, loc))
    {
      xe_dep_file (expand_location_to_spelling_point (loc).file);
      location_t def = linemap_resolve_location
        (line_table, loc, LRK_MACRO_DEFINITION_LOCATION, NULL);
      xe_dep_file (expand_location (def).file);
    }
}

/* Where type T (through pointers and arrays) is defined.  */
static void
xe_dep_type (tree t)
{
  for (int i = 0; t && TYPE_P (t) && i < 16; i++)
    {
      if (TYPE_NAME (t) && TREE_CODE (TYPE_NAME (t)) == TYPE_DECL)
        xe_dep_loc (DECL_SOURCE_LOCATION (TYPE_NAME (t)));
      tree m = TYPE_MAIN_VARIANT (t);
      if (RECORD_OR_UNION_TYPE_P (m) || TREE_CODE (m) == ENUMERAL_TYPE)
        {
          if (TYPE_STUB_DECL (m))
            xe_dep_loc (DECL_SOURCE_LOCATION (TYPE_STUB_DECL (m)));
          return;
        }
      if (!POINTER_TYPE_P (t) && TREE_CODE (t) != ARRAY_TYPE)
        return;
      t = TREE_TYPE (t);
    }
}

static tree
xe_dep_walk (tree *tp, int *walk_subtrees, void *)
{
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (DECL_P (t))
    {
      xe_dep_loc (DECL_SOURCE_LOCATION (t));
      xe_dep_type (TREE_TYPE (t));
      if (TREE_CODE (t) == FIELD_DECL && DECL_CONTEXT (t))
        xe_dep_type (DECL_CONTEXT (t));
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (EXPR_P (t))
    xe_dep_loc (EXPR_LOCATION (t));
  if (TREE_TYPE (t))
    xe_dep_type (TREE_TYPE (t));
  return NULL_TREE;
}

/* The files of statement G: its location, the functions inlined where it
   is, and its operands.  */
static void
xe_dep_stmt (gimple *g)
{
  xe_dep_loc (gimple_location (g));
  for (tree b = gimple_block (g); b && TREE_CODE (b) == BLOCK;
       b = BLOCK_SUPERCONTEXT (b))
    {
      tree o = block_ultimate_origin (b);
      if (o && TREE_CODE (o) == FUNCTION_DECL)
        xe_dep_loc (DECL_SOURCE_LOCATION (o));
    }
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  walk_gimple_op (g, xe_dep_walk, &wi);
}

/* Adds the files exported function FNDECL (body FN) came from.  */
void
xe_collect_deps (function *fn, tree fndecl)
{
  basic_block bb;
  xe_dep_loc (DECL_SOURCE_LOCATION (fndecl));
  xe_dep_type (TREE_TYPE (TREE_TYPE (fndecl)));
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    xe_dep_type (TREE_TYPE (p));
  FOR_EACH_BB_FN (bb, fn)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gphi *phi = gsi.phi ();
          for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
            xe_dep_loc (gimple_phi_arg_location (phi, i));
        }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        xe_dep_stmt (gsi_stmt (gsi));
    }
}

static int
xe_dep_cmp (const void *a, const void *b)
{
  return strcmp (((const xir_dep *) a)->path, ((const xir_dep *) b)->path);
}

/* Moves the collected files, with their hashes, into M.  A file that
   cannot be read now is left out (it cannot be checked later either).  */
void
xe_take_deps (xir_meta *m)
{
  if (!xe_deps)
    return;
  m->deps = XNEWVEC (xir_dep, xe_deps->elements () + 1);
  m->ndeps = 0;
  for (hash_set<const char *, false, nofree_string_hash>::iterator it
         = xe_deps->begin (); it != xe_deps->end (); ++it)
    {
      uint64_t h = xir_file_hash (*it);
      if (!h)
        continue;
      m->deps[m->ndeps].path = xstrdup (*it);
      m->deps[m->ndeps].hash = h;
      m->ndeps++;
    }
  qsort (m->deps, m->ndeps, sizeof *m->deps, xe_dep_cmp);
  delete xe_deps;
  xe_deps = NULL;
}
