/* import-target.c - the consumer's target (machine-specific) builtins by
 * name, for the IR's target-builtin calls (XIR_C_TARGET_BUILTIN): target
 * codes are not stable between compilers and option sets, names are.
 * The map is built once per unit, the first time a body needs it, from
 * targetm.builtin_decl over the target's codes.  A builtin whose
 * instruction set is not enabled in this unit has no declaration there
 * (x86 defers it: crc32 without -msse4.2), so it is not found.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

/* Name -> declaration.  The declarations are the target's own GC roots;
   the names are their identifiers'.  */
static hash_map<nofree_string_hash, tree> *xt_map;

/* More codes than any target has: the scan also stops at the first code
   the target reports out of range (error_mark_node).  */
#define XT_MAX_CODES 65536

static void
xt_build (void)
{
  xt_map = new hash_map<nofree_string_hash, tree>;
  for (unsigned code = 0; code < XT_MAX_CODES; code++)
    {
      tree d = targetm.builtin_decl (code, true);
      if (d == error_mark_node)
        break;
      if (d && TREE_CODE (d) == FUNCTION_DECL && DECL_NAME (d))
        xt_map->put (IDENTIFIER_POINTER (DECL_NAME (d)), d);
    }
}

/* This unit's target builtin named NAME, or NULL.  */
tree
xi_target_builtin (const char *name)
{
  if (!targetm.builtin_decl)
    return NULL_TREE;
  if (!xt_map)
    xt_build ();
  tree *d = xt_map->get (name);
  return d ? *d : NULL_TREE;
}

/* Target builtin call C of F must name a builtin of this unit (known to
   this GCC, its instruction set enabled), of the same type.  */
enum xi_refusal_code
xi_legal_target_builtin (const xir_func *f, const xir_call *c,
                         xi_refusal *r)
{
  tree bd = xi_target_builtin (c->bname);
  xir_sig sg;
  if (!bd)
    return xi_refuse (r, XI_R_TARGET_BUILTIN_UNKNOWN, c->bname);
  if (xi_sig_of (TREE_TYPE (bd), &sg))
    return xi_refuse (r, XI_R_TARGET_BUILTIN_TYPE, c->bname);
  bool same = xir_sig_equal (&sg, &f->sigs[c->sig]);
  xi_sig_release (&sg);
  return same ? XI_R_NONE : xi_refuse (r, XI_R_TARGET_BUILTIN_TYPE, c->bname);
}
