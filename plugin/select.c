/* select.c - which functions of the unit are exported: the selection
 * (attribute xinline, rust_helper_*, export=GLOBs, export-auto=N), the
 * reasons a selected function as a whole cannot be exported, the size
 * limit of export-auto, and the notes saying exported or not and why;
 * before early inlining, what the exported bodies will hold (their static
 * inline callees inlined; with export-keep-calls, the unit's
 * EXPORT_SYMBOLs kept as calls).
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
  /* GCC marks a va_start body uninlinable; every other reason it has
     (setjmp, alloca, nonlocal or computed goto, __builtin_apply_args,
     noinline) is refused above or by its builtin.  A variadic body
     (va_start, va_end, its va_list passed on to a v* function; va_arg
     and va_copy are refused with their calls) is exported all the same:
     GCC never inlines it, it is what a module-local copy emitted in a
     module runs (docs/DESIGN.md, "Variadic copies").  */
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

/* ---- export-keep-calls ---------------------------------------------------- */

/* Adds to SET (identifiers) the symbols an EXPORT_SYMBOL in the top-level
   asm text S defines an entry for: the label "__kstrtab_NAME:" or
   "__ksymtab_NAME:" (Linux up to 6.4) or "__export_symbol_NAME:" (from
   6.5).  */
static void
xe_asm_exports (const char *s, hash_set<tree> *set)
{
  static const char *const prefixes[] = {
    "__kstrtab_", "__ksymtab_", "__export_symbol_"
  };
  for (unsigned i = 0; i < ARRAY_SIZE (prefixes); i++)
    {
      size_t plen = strlen (prefixes[i]);
      for (const char *p = strstr (s, prefixes[i]); p;
           p = strstr (p + plen, prefixes[i]))
        {
          const char *n = p + plen, *e = n;
          if (p > s && (ISIDNUM (p[-1]) || p[-1] == '$' || p[-1] == '.'))
            continue;
          while (ISIDNUM (*e))
            e++;
          if (e > n && *e == ':')
            set->add (get_identifier_with_length (n, e - n));
        }
    }
}

/* Whether the call of edge E of NODE goes to one of EXPORTS (by its own
   name or its alias target's) and may stay a call: not recursion, and
   not an always-inline function (GCC makes a failed inline of one an
   error).  */
static bool
xe_keep_call (cgraph_node *node, cgraph_edge *e, hash_set<tree> *exports)
{
  cgraph_node *c = e->callee->ultimate_alias_target ();
  tree d = c->decl;
  return c != node
         && (exports->contains (DECL_ASSEMBLER_NAME (e->callee->decl))
             || exports->contains (DECL_ASSEMBLER_NAME (d)))
         && !DECL_DISREGARD_INLINE_LIMITS (d)
         && !lookup_attribute ("always_inline", DECL_ATTRIBUTES (d));
}

/* The unit's EXPORT_SYMBOLs (identifiers), with export-keep-calls.  */
static hash_set<tree> *xe_exports;

/* export-keep-calls, before the early optimizations: the functions this
   unit exports with EXPORT_SYMBOL, from their entries' labels in the
   top-level asm (or variables __ksymtab_NAME, without PREL32
   relocations).  */
void
xe_keep_export_calls (void)
{
  varpool_node *v;
  if (!xi_opts.export_keep_calls)
    return;
  if (!xe_exports)
    xe_exports = new hash_set<tree>;
  for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
    xe_asm_exports (TREE_STRING_POINTER (a->asm_str), xe_exports);
  FOR_EACH_VARIABLE (v)
    {
      const char *n = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (v->decl));
      if (!strncmp (n, "__ksymtab_", 10) && n[10])
        xe_exports->add (get_identifier (n + 10));
    }
}

/* export-keep-calls, in FN just before early inlining (after the last
   rebuild of its call edges): its calls to the unit's EXPORT_SYMBOLs are
   not inlined.  An exported body that calls another export then keeps
   the call (what a module may call, and what the DB may hold a body of)
   instead of that export's internals (which may reference what only
   vmlinux can: its static functions and data).  Calling the export runs
   the code inlining would; the unit's code changes, so this is for
   builds whose objects are not linked into the kernel
   (kbuild/kernel-db.sh).  */
unsigned int
xe_keep_calls_execute (function *fn)
{
  cgraph_node *node = cgraph_node::get (fn->decl);
  if (!xe_exports || !xe_exports->elements () || !node)
    return 0;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (xe_keep_call (node, e, xe_exports))
      {
        /* what GCC does for a call it can never inline: a final reason
           with the flag (can_inline_edge_p asserts the pair)  */
        e->inline_failed = CIF_FUNCTION_NOT_INLINABLE;
        e->call_stmt_cannot_inline_p = true;
      }
  return 0;
}
