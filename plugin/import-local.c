/* import-local.c - module-local copies: the built-in body of a function
 * vmlinux does not export to modules, called by a built-in body a module
 * imports, rebuilt in the module as an internal function "NAME.xinline"
 * that GCC inlines wherever it can (docs/DESIGN.md, "Module-local
 * copies").  Module safety (xir-modsafe.c) says which copies a body needs;
 * this file makes each once a unit, after the legality checks of an
 * imported body (import-legal.c), all of a body's or none; small copies
 * forced inline, large ones left to GCC.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"
#include "modsafe.h"

/* A copy of at most this many IR statements (the body's recorded
   nstmts_total; kernel-db.sh's --auto limit) is inlined wherever GCC can
   (DECL_DISREGARD_INLINE_LIMITS); a larger one is an ordinary internal
   function left to GCC's inlining heuristics, so that a large body called
   from many inlined callers is emitted once in the module instead of
   copied into each (docs/DESIGN.md, "Module-local copies").  */
#define XC_FORCE_STMTS 30

/* The copies of this unit, by the name of the function copied.  */
static hash_map<tree, tree> *xc_copies;

tree
xi_local_decl (const char *name)
{
  tree *d = xc_copies ? xc_copies->get (get_identifier (name)) : NULL;
  return d ? *d : NULL_TREE;
}

/* The declaration of the copy of NAME, whose body is F: internal, not
   diagnosed, never traced (a copy is emitted only where the inliner left a call, and
   tracing it would add a traced function vmlinux may not have).  */
static tree
xc_declare (const char *name, const xir_func *f)
{
  char *local = concat (name, ".xinline", NULL);
  tree d = build_decl (BUILTINS_LOCATION, FUNCTION_DECL,
                       get_identifier (local),
                       xi_tree_fntype (&f->sigs[f->sig]));
  free (local);
  TREE_PUBLIC (d) = 0;
  TREE_STATIC (d) = 1;
  DECL_EXTERNAL (d) = 0;
  DECL_ARTIFICIAL (d) = 1;
  TREE_USED (d) = 1;
  DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (d) = 1;
  /* No diagnostics about vmlinux's compiled code: its statements have
     the copy's location, so an unreachable end (BUG()) would read as
     -Wreturn-type's "control reaches end of non-void function".  */
  TREE_NO_WARNING (d) = 1;
  return d;
}

struct xc_pending {
  const char *name;
  tree decl;
  const xir_entry *e;
  xi_body body;
};

/* Declares the copy of NAME (pushed on P): false when its entry does not
   decode.  */
static bool
xc_add (const char *name, vec<xc_pending> *p)
{
  xc_pending c;
  const char *err = NULL;
  memset (&c, 0, sizeof c);
  c.name = name;
  c.e = xir_db_find (&xi_db, name, XIR_FLAVOUR_BUILTIN);
  xir_func *f = c.e ? xir_entry_decode (c.e, &err) : NULL;
  if (!f)
    return false;
  c.decl = xc_declare (name, f);
  xir_func_free (f);
  xc_copies->put (get_identifier (name), c.decl);
  p->safe_push (c);
  return true;
}

enum xi_refusal_code
xi_local_copies (const xir_ms_result *m, xi_refusal *r)
{
  auto_vec<xc_pending> p;
  unsigned i;
  const char *bad = NULL;
  char why[sizeof r->text] = "its DB entry is corrupt";
  if (!xc_copies)
    xc_copies = new hash_map<tree, tree>;
  /* Declare every new copy first: their bodies call each other.  */
  for (i = 0; i < m->ncopies && !bad; i++)
    if (!xi_local_decl (m->copies[i]) && !xc_add (m->copies[i], &p))
      bad = m->copies[i];
  for (i = 0; i < p.length () && !bad; i++)
    if (xi_legal_copy (p[i].e, p[i].decl, &p[i].body, r))
      {
        bad = p[i].name;
        snprintf (why, sizeof why, "%s", r->text);
      }
  for (i = 0; i < p.length (); i++)
    {
      if (!bad)
        {
          /* GCC never inlines a variadic body (va_start): its copy is
             emitted.  */
          const xir_func *f = p[i].body.f;
          xi_build (p[i].decl, &p[i].body,
                    f->nstmts_total <= XC_FORCE_STMTS
                    && !f->sigs[f->sig].varargs);
          /* A function added during IPA is forced out: a copy is emitted
             only when a call to it is left.  */
          cgraph_node::get (p[i].decl)->force_output = false;
        }
      else
        xc_copies->remove (get_identifier (p[i].name));
      xi_body_free (&p[i].body);
    }
  return bad ? xi_refuse (r, XI_R_COPY, bad, why) : XI_R_NONE;
}
