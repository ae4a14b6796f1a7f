/* select.c - which functions of the unit are exported: the selection
 * (attribute xinline, rust_helper_*, export=GLOBs, export-auto=N), the
 * reasons a selected function as a whole cannot be exported, the size
 * limit of export-auto, and the notes saying exported or not and why.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"
#include <fnmatch.h>
#include "hash-set.h"

/* How FNDECL is selected: explicitly (attribute, name, glob; a refusal is
   always a note), by export-auto (a refusal is a note only when verbose),
   or not at all.  */
static enum xe_sel
xe_selected (tree fndecl)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (lookup_attribute ("xinline", DECL_ATTRIBUTES (fndecl)))
    return XE_EXPLICIT;
  if (!strncmp (name, "rust_helper_", 12))
    return XE_EXPLICIT;
  for (unsigned i = 0; i < xi_opts.nglobs; i++)
    if (!fnmatch (xi_opts.globs[i], name, 0))
      return XE_EXPLICIT;
  if (xi_opts.export_auto >= 0 && TREE_PUBLIC (fndecl)
      && !DECL_EXTERNAL (fndecl))
    return XE_AUTO;
  return XE_NO;
}

/* The selection of the function being compiled, FNDECL: XE_NO for a
   declaration, a static function (with a note if it was selected
   explicitly) or after an error.  */
enum xe_sel
xe_candidate (tree fndecl)
{
  if (DECL_EXTERNAL (fndecl) || !TREE_PUBLIC (fndecl) || seen_error ())
    {
      if (!DECL_EXTERNAL (fndecl) && !TREE_PUBLIC (fndecl)
          && xe_selected (fndecl) == XE_EXPLICIT)
        inform (DECL_SOURCE_LOCATION (fndecl),
                "%s: %qs not exported: it has internal linkage (static)",
                XI_NAME, IDENTIFIER_POINTER (DECL_NAME (fndecl)));
      return XE_NO;
    }
  return xe_selected (fndecl);
}

/* Reasons the function as a whole cannot be exported.  Sets the IR
   function's signature.  */
bool
xe_check_function (xe_ctx *x)
{
  tree d = x->fndecl;
  function *fn = x->fn;
  static const char *const bad_attrs[] = {
    "noipa", "noinline", "naked", "noclone", "ifunc", "alias", "weakref",
    "target_clones", "interrupt", "returns_twice", "no_split_stack"
  };
  if (!TREE_PUBLIC (d) && !x->local)
    return xe_fail (x, "it has internal linkage (static)");
  if (DECL_WEAK (d))
    return xe_fail (x, "it is a weak definition");
  if (DECL_COMDAT (d) || DECL_ONE_ONLY (d))
    return xe_fail (x, "it is a COMDAT definition");
  if (DECL_SECTION_NAME (d))
    return xe_fail (x, "it is placed in section '%s'", DECL_SECTION_NAME (d));
  for (unsigned i = 0; i < ARRAY_SIZE (bad_attrs); i++)
    if (lookup_attribute (bad_attrs[i], DECL_ATTRIBUTES (d)))
      return xe_fail (x, "it has attribute '%s'", bad_attrs[i]);
  if (DECL_FUNCTION_SPECIFIC_TARGET (d)
      || DECL_FUNCTION_SPECIFIC_OPTIMIZATION (d))
    return xe_fail (x, "it has function-specific target or optimize options");
  if (DECL_STATIC_CHAIN (d) || fn->static_chain_decl)
    return xe_fail (x, "it is a nested function");
  if (fn->calls_alloca)
    return xe_fail (x, "it uses alloca or a variable-length array");
  if (fn->calls_setjmp)
    return xe_fail (x, "it calls setjmp");
  if (fn->has_nonlocal_label)
    return xe_fail (x, "it receives a nonlocal goto");
  if (fn->has_forced_label_in_static)
    return xe_fail (x, "it uses computed goto (address of a label)");
  /* A variadic body (va_start, va_end, its va_list passed on to a
     v* function; va_arg and va_copy are refused with their calls) is
     never inlined by GCC: it is what a module-local copy emitted in a
     module runs (docs/DESIGN.md, "Variadic copies").  */
  /* GCC marks a va_start body uninlinable; every other reason it has
     (setjmp, alloca, nonlocal or computed goto, __builtin_apply_args,
     noinline) is refused above or by its builtin.  */
  if (DECL_UNINLINABLE (d) && !fn->stdarg)
    return xe_fail (x, "it cannot be inlined");
  cgraph_node *node = cgraph_node::get (d);
  if (!node || node->get_availability () <= AVAIL_INTERPOSABLE)
    return xe_fail (x, "it is interposable (use -fno-semantic-interposition "
                    "or hidden visibility with -fPIC)");
  xir_sig s;
  const char *why = xi_sig_of (TREE_TYPE (d), &s);
  if (why)
    return xe_fail (x, "its signature has %s", why);
  x->xf->sig = xir_add_sig (x->xf, &s);
  xi_sig_release (&s);
  if (DECL_RESULT (d) && DECL_BY_REFERENCE (DECL_RESULT (d)))
    return xe_fail (x, "it returns an aggregate by invisible reference");
  return true;
}

/* The size limit of export-auto=N: a function it selected is exported
   only if its body has at most N statements.  Sets the IR function's
   statement count.  */
bool
xe_size_ok (xe_ctx *x, enum xe_sel sel)
{
  uint32_t nstmts = 0;
  for (uint32_t b = 0; b < x->xf->nblocks; b++)
    nstmts += x->xf->blocks[b].nstmts;
  x->xf->nstmts_total = nstmts;
  if (sel == XE_AUTO && nstmts > (uint32_t) xi_opts.export_auto)
    return xe_fail (x, "it has %u statement%s, more than export-auto=%d",
                    nstmts, nstmts == 1 ? "" : "s", xi_opts.export_auto);
  return true;
}

/* The note about a selected function: "exported" when verbose, "not
   exported" with the reason when it was selected explicitly or verbose.  */
void
xe_note_result (xe_ctx *x, enum xe_sel sel, bool exported)
{
  location_t loc = DECL_SOURCE_LOCATION (x->fndecl);
  uint32_t n = x->xf->nstmts_total;
  if (exported && xi_opts.verbose)
    inform (loc, "%s: %qs exported (%u %s)", XI_NAME, x->xf->name, n,
            n == 1 ? "statement" : "statements");
  else if (!exported && (sel == XE_EXPLICIT || xi_opts.verbose))
    inform (loc, "%s: %qs not exported: %s", XI_NAME, x->xf->name, x->why);
}

/* Before early inlining: the static inline functions an explicitly
   selected helper calls (and the ones they call) are what the helper is a
   wrapper for; they must end up inside the exported body, or it would
   reference functions with internal linkage.  Give them the inliner's
   always-inline treatment (DECL_DISREGARD_INLINE_LIMITS, without the
   attribute, so a failed inline stays a call and never becomes an
   error).  Other callers of those functions in this unit are affected too;
   inlining never changes meaning.  */
void
xe_prepare_callees (void)
{
  auto_vec<cgraph_node *> work;
  hash_set<tree> seen;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (TREE_PUBLIC (node->decl) && !DECL_EXTERNAL (node->decl)
        && xe_selected (node->decl) == XE_EXPLICIT)
      work.safe_push (node);
  for (unsigned i = 0; i < work.length () && i < 10000; i++)
    for (cgraph_edge *e = work[i]->callees; e; e = e->next_callee)
      {
        cgraph_node *c = e->callee->ultimate_alias_target ();
        tree d = c->decl;
        if (TREE_PUBLIC (d) || !DECL_DECLARED_INLINE_P (d) || !c->definition
            || DECL_UNINLINABLE (d) || seen.add (d)
            || lookup_attribute ("noinline", DECL_ATTRIBUTES (d))
            || lookup_attribute ("noipa", DECL_ATTRIBUTES (d)))
          continue;
        DECL_DISREGARD_INLINE_LIMITS (d) = 1;
        work.safe_push (c);
      }
}
