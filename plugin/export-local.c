/* export-local.c - the bodies of the functions with internal linkage that
 * exported bodies call: each is exported too, once, as a file-local entry
 * under a key no other unit's entry can have (xir_file_local_key: the
 * name and a hash of this unit's main input as named on the command
 * line), and the call records that key with XIR_SYM_FILE_LOCAL.  Only a
 * module-local copy ever uses such an entry (docs/DESIGN.md, "Copies of
 * static functions"); every other reader refuses the calling body.
 *
 * A static function is translated once, when the first body that calls
 * it has been translated and passed its own checks (a caller refused for
 * its size costs no translation of its statics), from its body as it is
 * then (early optimizations run callees first, so normally after its
 * own).  Its refusal refuses the caller, with the static's reason.  Its
 * address taken, static data it references, static locals, recursion:
 * refused.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* One static function of this unit that an exported body calls.  */
enum xe_local_state { XE_L_PENDING, XE_L_BUSY, XE_L_DONE };
struct xe_local {
  tree decl;
  char *key;                  /* its file-local key */
  enum xe_local_state state;
  xir_func *xf;               /* DONE: its body, or NULL: refused (WHY) */
  char *why;
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

/* The index of the entry of static function D, made on first use (its
   body not translated yet).  */
static unsigned
xe_local_get (tree d)
{
  char key[512];
  for (unsigned i = 0; i < xe_nlocals; i++)
    if (xe_locals[i].decl == d)
      return i;
  xe_locals = XRESIZEVEC (struct xe_local, xe_locals, xe_nlocals + 1);
  struct xe_local *l = &xe_locals[xe_nlocals];
  memset (l, 0, sizeof *l);
  l->decl = d;
  const char *bad = xe_local_unavailable (d);
  if (!xir_file_local_key (key, sizeof key, xe_name (d),
                           main_input_filename ? main_input_filename : ""))
    bad = "its name is too long";
  else
    l->key = xstrdup (key);
  if (bad)
    {
      l->state = XE_L_DONE;
      l->why = xstrdup (bad);
    }
  return xe_nlocals++;
}

bool
xe_local_sym (xe_ctx *x, tree fndecl, uint32_t *sym)
{
  unsigned i = xe_local_get (fndecl);
  if (!xe_locals[i].key)
    return xe_fail (x, "it calls '%s', which has internal linkage and "
                    "cannot be exported with it: %s",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)),
                    xe_locals[i].why);
  return xe_func_sym_as (x, fndecl, xe_locals[i].key, XIR_SYM_FILE_LOCAL,
                         sym);
}

/* Translates the body of entry I (which then calls xe_local_resolve for
   its own calls).  */
static void
xe_local_translate (unsigned i)
{
  char why[512];
  xe_locals[i].state = XE_L_BUSY;
  push_cfun (DECL_STRUCT_FUNCTION (xe_locals[i].decl));
  xir_func *f = xe_export_fn (cfun, xe_locals[i].key, XE_EXPLICIT, true, why,
                              sizeof why);
  pop_cfun ();
  xe_locals[i].state = XE_L_DONE;
  xe_locals[i].xf = f;
  if (!f)
    xe_locals[i].why = xstrdup (why);
}

/* The entry whose key is NAME.  */
static int
xe_local_find (const char *name)
{
  for (unsigned i = 0; i < xe_nlocals; i++)
    if (xe_locals[i].key && !strcmp (xe_locals[i].key, name))
      return (int) i;
  return -1;
}

bool
xe_local_resolve (xe_ctx *x)
{
  for (uint32_t s = 0; s < x->xf->nsyms; s++)
    {
      if (!(x->xf->syms[s].flags & XIR_SYM_FILE_LOCAL))
        continue;
      int i = xe_local_find (x->xf->syms[s].name);
      gcc_assert (i >= 0);
      const char *name = IDENTIFIER_POINTER (DECL_NAME (xe_locals[i].decl));
      if (xe_locals[i].state == XE_L_BUSY)
        return xe_fail (x, "it calls '%s', which has internal linkage and "
                        "calls itself (directly or through other static "
                        "functions): no file-local copy", name);
      if (xe_locals[i].state == XE_L_PENDING)
        xe_local_translate (i);
      if (!xe_locals[i].xf)
        return xe_fail (x, "it calls '%s', which has internal linkage and "
                        "cannot be exported with it: %s", name,
                        xe_locals[i].why);
    }
  return true;
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
