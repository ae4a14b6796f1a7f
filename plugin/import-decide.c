/* import-decide.c - the decision: which of the called DB helpers this unit
 * imports.
 *
 * Nothing is imported at -O0 or with -flto (LTO inlines across objects
 * itself); at most XI_MAX_IMPORTS helpers a unit, at most XI_MAX_DEPTH
 * levels deep (the helpers an imported body calls are candidates in their
 * turn).  A helper within those limits is imported when legality
 * (import-legal.c) finds no reason against it.  Each decision is recorded
 * once, as a refusal or as an import: the refusal's severity says whether
 * it is diagnosed (refusal.def), and report.c prints the same record.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"
#include "hash-set.h"
#include "hash-map.h"

#define XI_MAX_DEPTH 4               /* transitive import depth */
#define XI_MAX_IMPORTS 2000

/* Helpers decided on this unit, to decide on each once.  */
static hash_set<tree> *xd_seen;

static bool
xd_has_body (tree d)
{
  cgraph_node *n = cgraph_node::get (d);
  return (DECL_INITIAL (d) || DECL_SAVED_TREE (d) || DECL_STRUCT_FUNCTION (d)
          || (n && (n->definition || n->alias)));
}

/* Whether the DB has a body a call to D may import, per declaration: the
   unit asks for each of its functions, and again for each helper it
   decides on, and the answer decodes the body (xi_legal_known).  The DB
   does not change during the unit.  */
static hash_map<tree, bool> *xd_known;

static bool
xd_known_p (tree d)
{
  if (!xd_known)
    xd_known = new hash_map<tree, bool>;
  bool *k = xd_known->get (d);
  if (k)
    return *k;
  bool known = xi_legal_known (IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d)));
  xd_known->put (d, known);
  return known;
}

bool
xi_decide_candidate (tree d)
{
  return (TREE_PUBLIC (d) && DECL_EXTERNAL (d) && !xd_has_body (d)
          && xd_known_p (d));
}

/* The limits of the unit: whether it may import a helper DEPTH levels
   deep after IMPORTED others.  */
static enum xi_refusal_code
xd_limits (unsigned depth, unsigned imported, xi_refusal *r)
{
  if (!optimize)
    return xi_refuse (r, XI_R_O0);
  if (flag_lto || flag_generate_lto || in_lto_p)
    return xi_refuse (r, XI_R_LTO);
  if (imported >= XI_MAX_IMPORTS)
    return xi_refuse (r, XI_R_TOO_MANY);
  if (depth == XI_MAX_DEPTH)
    return xi_refuse (r, XI_R_TOO_DEEP);
  return XI_R_NONE;
}

/* Says why helper D is not imported, as R's severity asks.  */
static void
xd_diagnose (tree d, const xi_refusal *r)
{
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
  switch (xi_refusal_severity (r->code))
    {
    case XI_SEV_NOTE:
      inform (DECL_SOURCE_LOCATION (d), "%s: not importing %qs from %qs: %s",
              XI_NAME, name, xi_db_name, r->text);
      break;
    case XI_SEV_WARNING:
      warning_at (DECL_SOURCE_LOCATION (d), 0,
                  "%s: not importing %qs from %qs: %s", XI_NAME, name,
                  xi_db_name, r->text);
      break;
    case XI_SEV_QUIET:
      break;
    }
}

/* Decides on helper D, DEPTH levels deep after IMPORTED imports, and
   imports it if it may; queues the helpers its body calls in NEXT.
   Returns whether D was imported.  */
static bool
xd_one (tree d, unsigned depth, unsigned imported, vec<tree> *next)
{
  xi_refusal r;
  xi_body b;
  if (xd_limits (depth, imported, &r) || xi_legal (d, &b, &r))
    {
      xd_diagnose (d, &r);
      xi_report_helper_status (d, &r);
      return false;
    }
  xi_build (d, &b, true);
  for (uint32_t i = 0; i < b.f->nsyms; i++)
    if (b.f->syms[i].kind == XIR_SYM_FUNC)
      next->safe_push (b.syms[i]);
  xi_body_free (&b);
  xi_report_helper_status (d, NULL);
  return true;
}

void
xi_decide (vec<tree> *work)
{
  if (!xd_seen)
    xd_seen = new hash_set<tree>;
  auto_vec<tree> next;
  unsigned imported = 0;
  for (unsigned depth = 0; depth <= XI_MAX_DEPTH && !work->is_empty ();
       depth++)
    {
      next.truncate (0);
      for (unsigned i = 0; i < work->length (); i++)
        {
          tree d = (*work)[i];
          if (!xd_seen->add (d) && xi_decide_candidate (d)
              && xd_one (d, depth, imported, &next))
            imported++;
        }
      work->truncate (0);
      for (unsigned i = 0; i < next.length (); i++)
        work->safe_push (next[i]);
    }
}
