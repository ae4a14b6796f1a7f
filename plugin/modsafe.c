/* modsafe.c - module safety: an imported body may only reference symbols
 * the consumer can link.
 *
 * With -fplugin-arg-xinline-symvers=Module.symvers[,...] every symbol an
 * imported body references must be defined in this unit or exported in one
 * of those files; GPL-only exports need a GPL-compatible module license
 * (-fplugin-arg-xinline-license=, else the unit's MODULE_LICENSE), and a
 * namespaced export needs the namespace imported
 * (-fplugin-arg-xinline-namespaces=, else the unit's MODULE_IMPORT_NS).
 * Symbols named in asm templates (call/jmp targets) are checked too.
 * The rules are the IR library's (xir-import.c); this file adds what is
 * GCC's: the unit's .modinfo, its symbol table, the refusal codes.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

static xir_symvers *xm_syms;  /* the exports of the Module.symvers files */
static char *xm_license;     /* effective license, or NULL if unknown */
static vec<char *> xm_ns;    /* effective imported namespaces */

/* Reads the Module.symvers files (xir_symvers_load, with its messages).  */
bool
xi_modsafe_load (void)
{
  char msg[2048];
  xir_import_quotes (open_quote, close_quote);
  if (!xm_syms)
    xm_syms = xir_symvers_new ();
  for (unsigned i = 0; i < xi_opts.nsymvers; i++)
    if (xir_symvers_load (xm_syms, xi_opts.symvers[i], msg, sizeof msg))
      {
        error ("%s: %s", XI_NAME, msg);
        return false;
      }
  xir_symvers_sort (xm_syms);
  return true;
}

bool
xi_modsafe_active (void)
{
  return xi_opts.nsymvers != 0;
}

/* The license and imported namespaces: the arguments, else what the
   unit's .modinfo strings say.  */
void
xi_modsafe_start (void)
{
  varpool_node *v;
  xm_license = xi_opts.license ? xstrdup (xi_opts.license) : NULL;
  xm_ns.truncate (0);
  for (unsigned i = 0; i < xi_opts.nnamespaces; i++)
    xm_ns.safe_push (xi_opts.namespaces[i]);
  FOR_EACH_VARIABLE (v)
    {
      tree d = v->decl;
      tree init = DECL_INITIAL (d);
      if (!DECL_SECTION_NAME (d) || strcmp (DECL_SECTION_NAME (d), ".modinfo")
          || !init || TREE_CODE (init) != STRING_CST)
        continue;
      const char *s = TREE_STRING_POINTER (init);
      if (!strncmp (s, "license=", 8) && !xi_opts.license)
        xm_license = xstrdup (s + 8);
      else if (!strncmp (s, "import_ns=", 10) && !xi_opts.nnamespaces)
        xm_ns.safe_push (xstrdup (s + 10));
    }
}

/* Whether this unit may reference NAME (DEFINED: it defines it):
   XI_R_NONE, or the refusal recorded in R.  The rules are
   xir_symvers_check's.  */
enum xi_refusal_code
xi_modsafe_check (const char *name, bool defined, xi_refusal *r)
{
  if (!xi_modsafe_active () || defined)
    return XI_R_NONE;
  const char *symns = NULL;
  switch (xir_symvers_check (xm_syms, name, xm_license, xm_ns.address (),
                             xm_ns.length (), &symns))
    {
    case XIR_MS_OK:
      return XI_R_NONE;
    case XIR_MS_NOT_EXPORTED:
      return xi_refuse (r, XI_R_NOT_EXPORTED, name);
    case XIR_MS_GPL_ONLY:
      return xi_refuse (r, XI_R_GPL_ONLY, name, xm_license);
    case XIR_MS_GPL_UNKNOWN:
      return xi_refuse (r, XI_R_GPL_UNKNOWN_LICENSE, name);
    default:
      return xi_refuse (r, XI_R_NAMESPACE, name, symns);
    }
}

/* The input of asm A that operand reference P ("%c2", "%P[size]", after
   the '%' and the modifier) names, its end in *END; NULL when it is not
   one.  Operands are numbered outputs first.  */
static const xir_asm_op *
xm_asm_input (const xir_asm *a, const char *p, const char **end)
{
  if (*p == '[')
    {
      const char *e = strchr (p, ']');
      if (!e)
        return NULL;
      *end = e + 1;
      for (uint32_t i = 0; i < a->nin; i++)
        if (a->ins[i].name && strlen (a->ins[i].name) == (size_t) (e - p - 1)
            && !strncmp (a->ins[i].name, p + 1, e - p - 1))
          return &a->ins[i];
      return NULL;
    }
  if (!ISDIGIT (*p))
    return NULL;
  unsigned long n = strtoul (p, (char **) end, 10);
  return n >= a->nout && n - a->nout < a->nin ? &a->ins[n - a->nout] : NULL;
}

/* A's template with each "%c" or "%P" reference (the bare constant) to a
   constant input replaced by the constant ("call __get_user_%c[size]" is
   a call of __get_user_4); malloc'd.  */
static char *
xm_asm_expand (const xir_asm *a)
{
  size_t cap = strlen (a->templ) * 2 + 64, n = 0;
  char *out = XNEWVEC (char, cap);
  for (const char *p = a->templ; *p;)
    {
      const char *end;
      const xir_asm_op *op;
      if (n + 32 >= cap)
        out = XRESIZEVEC (char, out, cap *= 2);
      if (p[0] == '%' && (p[1] == 'c' || p[1] == 'P')
          && (op = xm_asm_input (a, p + 2, &end))
          && op->is_mem == XIR_ASM_VAL && op->val.kind == XIR_O_CONST)
        {
          n += snprintf (out + n, cap - n, "%lld", (long long) op->val.val);
          p = end;
          continue;
        }
      if (p[0] == '%' && p[1])
        out[n++] = *p++;
      out[n++] = *p++;
    }
  out[n] = 0;
  return out;
}

/* The call and jump targets of asm A, its constant operands substituted:
   see xi_modsafe_check_asm.  */
enum xi_refusal_code
xi_modsafe_check_asm_ops (const xir_asm *a, xi_refusal *r)
{
  if (!xi_modsafe_active ())
    return XI_R_NONE;
  char *t = xm_asm_expand (a);
  enum xi_refusal_code c = xi_modsafe_check_asm (t, r);
  free (t);
  return c;
}

/* One call or jump target NAME of an asm template: xi_modsafe_check,
   defined when this unit defines it; the refusal in ARG.  */
static int
xm_asm_target (const char *name, void *arg)
{
  symtab_node *n = symtab_node::get_for_asmname (get_identifier (name));
  return xi_modsafe_check (name, n && n->definition, (xi_refusal *) arg);
}

/* Symbols an asm template names as call or jump targets ("call foo",
   "jmp __x86_return_thunk", found by xir_asm_call_targets): each must
   pass xi_modsafe_check.  */
enum xi_refusal_code
xi_modsafe_check_asm (const char *t, xi_refusal *r)
{
  if (!xi_modsafe_active ())
    return XI_R_NONE;
  return (enum xi_refusal_code) xir_asm_call_targets (t, xm_asm_target, r);
}
