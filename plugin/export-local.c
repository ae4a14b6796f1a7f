/* export-local.c - the bodies of the functions with internal linkage that
 * exported bodies call: each is exported too, once, as a file-local entry
 * under a key no other unit's entry can have (xir_file_local_key: the
 * name and a hash of this unit's main input as named on the command
 * line), and the call records that key with XIR_SYM_FILE_LOCAL.  Only a
 * module-local copy ever uses such an entry (docs/DESIGN.md, "Copies of
 * static functions"); every other reader refuses the calling body.
 *
 * A static function is translated when the first exported body calls it,
 * from its own body as it is then (early optimizations run callees first,
 * so normally after its own).  Its refusal refuses the caller, with the
 * static's reason.  Its address taken, static data it references, static
 * locals: refused as for any exported body.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* One static function of this unit that an exported body called.  */
struct xe_local {
  tree decl;
  char *key;                  /* its file-local key */
  xir_func *xf;               /* its body, or NULL: refused (WHY) */
  char *why;
  bool busy;                  /* being translated */
  bool used;                  /* called by a body that is written */
};

static struct xe_local *xe_locals;
static unsigned xe_nlocals;

/* Why static function D's body cannot be translated here, or NULL.  */
static const char *
xe_local_unavailable (tree d)
{
  cgraph_node *node = cgraph_node::get (d);
  function *fn = DECL_STRUCT_FUNCTION (d);
  if (!node || node->alias || node->thunk)
    return "it is an alias or a thunk";
  if (!node->definition || !fn || !fn->cfg || !gimple_in_ssa_p (fn)
      || !gimple_has_body_p (d))
    return "its body is not available where the caller is exported";
  return NULL;
}

/* The entry of static function D: translated on first use.  */
static struct xe_local *
xe_local_get (tree d)
{
  char why[512], key[512];
  for (unsigned i = 0; i < xe_nlocals; i++)
    if (xe_locals[i].decl == d)
      return &xe_locals[i];
  xe_locals = XRESIZEVEC (struct xe_local, xe_locals, xe_nlocals + 1);
  struct xe_local *l = &xe_locals[xe_nlocals++];
  memset (l, 0, sizeof *l);
  l->decl = d;
  if (!xir_file_local_key (key, sizeof key, xe_name (d),
                           main_input_filename ? main_input_filename : ""))
    {
      l->why = xstrdup ("its name is too long");
      return l;
    }
  l->key = xstrdup (key);
  const char *bad = xe_local_unavailable (d);
  if (bad)
    {
      l->why = xstrdup (bad);
      return l;
    }
  unsigned idx = l - xe_locals;
  xe_locals[idx].busy = true;
  push_cfun (DECL_STRUCT_FUNCTION (d));
  xir_func *f = xe_export_fn (cfun, key, XE_EXPLICIT, true, why, sizeof why);
  pop_cfun ();
  /* The translation may have added entries (its own static callees).  */
  l = &xe_locals[idx];
  l->busy = false;
  l->xf = f;
  if (!f)
    l->why = xstrdup (why);
  return l;
}

bool
xe_local_sym (xe_ctx *x, tree fndecl, uint32_t *sym)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  struct xe_local *l = xe_local_get (fndecl);
  if (l->busy)
    return xe_fail (x, "it calls '%s', which has internal linkage and calls "
                    "itself (directly or through other static functions): "
                    "no file-local copy", name);
  if (!l->xf)
    return xe_fail (x, "it calls '%s', which has internal linkage and cannot "
                    "be exported with it: %s", name, l->why);
  return xe_func_sym_as (x, fndecl, l->key, XIR_SYM_FILE_LOCAL, sym);
}

/* Marks the file-local bodies F calls.  Non-zero when one was new.  */
static bool
xe_mark_calls (const xir_func *f)
{
  bool any = false;
  for (uint32_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].flags & XIR_SYM_FILE_LOCAL)
      for (unsigned j = 0; j < xe_nlocals; j++)
        if (xe_locals[j].xf && !xe_locals[j].used
            && !strcmp (xe_locals[j].key, f->syms[i].name))
          any = xe_locals[j].used = true;
  return any;
}

void
xe_take_locals (xir_func ***funcs, unsigned *n)
{
  unsigned i;
  for (i = 0; i < *n; i++)
    xe_mark_calls ((*funcs)[i]);
  for (bool more = true; more;)
    {
      more = false;
      for (i = 0; i < xe_nlocals; i++)
        if (xe_locals[i].used && xe_mark_calls (xe_locals[i].xf))
          more = true;
    }
  for (i = 0; i < xe_nlocals; i++)
    {
      if (xe_locals[i].used)
        {
          *funcs = XRESIZEVEC (xir_func *, *funcs, *n + 1);
          (*funcs)[(*n)++] = xe_locals[i].xf;
        }
      else if (xe_locals[i].xf)
        xir_func_free (xe_locals[i].xf);
      free (xe_locals[i].key);
      free (xe_locals[i].why);
    }
  free (xe_locals);
  xe_locals = NULL;
  xe_nlocals = 0;
}
