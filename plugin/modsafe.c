/* modsafe.c - module safety: an imported body may only reference symbols
 * the consumer can link.
 *
 * With -fplugin-arg-xinline-symvers=Module.symvers[,...] every symbol an
 * imported body references must be defined in this unit or exported in one
 * of those files; GPL-only exports need a GPL-compatible module license
 * (-fplugin-arg-xinline-license=, else the unit's MODULE_LICENSE), and a
 * namespaced export needs the namespace imported
 * (-fplugin-arg-xinline-namespaces=, else the unit's MODULE_IMPORT_NS).
 * Symbols named in asm templates (call/jmp targets, data directives) are
 * checked too, and a module takes the built-in body of a function vmlinux
 * exports when it is module-safe.  The rules are the IR library's
 * (xir-import.c, xir-modsafe.c); this file adds what is GCC's: the
 * unit's .modinfo, its symbol table, the refusal codes.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"
#include "modsafe.h"

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

/* Whether this unit defines NAME, or never needs it linked: a call to a
   function with the error attribute (FORTIFY's __write_overflow) fails
   the compile if it survives.  */
static int
xm_defined (const char *name, void *)
{
  tree id = get_identifier (name);
  symtab_node *n = symtab_node::get_for_asmname (id);
  if (n && n->definition)
    return 1;
  tree d = xi_lookup_decl (id);
  return d && DECL_P (d) && lookup_attribute ("error", DECL_ATTRIBUTES (d));
}

/* The IR library's view of this unit (BUILTIN: for a built-in body).  */
static void
xm_ctx (xir_ms_ctx *c, bool builtin)
{
  memset (c, 0, sizeof *c);
  c->syms = xi_modsafe_active () ? xm_syms : NULL;
  c->license = xm_license;
  c->ns = xm_ns.address ();
  c->nns = xm_ns.length ();
  c->defined = xm_defined;
  c->builtin = builtin;
  /* Module-local copies (import-local.c): for built-in bodies only (a
     module-flavour body calling what vmlinux does not export is the
     provider's to fix).  */
  c->copies = builtin || !xi_unit_is_module () ? &xi_db : NULL;
}

/* The refusal of library result M, recorded in R.  */
static enum xi_refusal_code
xm_refuse (const xir_ms_result *m, xi_refusal *r)
{
  switch (m->why)
    {
    case XIR_MSW_OK:
      return XI_R_NONE;
    case XIR_MSW_SC_TRAMP:
      return xi_refuse (r, XI_R_STATIC_CALL_TRAMP, m->sym);
    case XIR_MSW_SC_KEY:
      return xi_refuse (r, XI_R_STATIC_CALL_KEY, m->sym, m->other);
    case XIR_MSW_SC_KEY_UNEXPORTED:
      return xi_refuse (r, XI_R_STATIC_CALL_KEY_UNEXPORTED, m->sym);
    case XIR_MSW_JUMP_KEY:
      return xi_refuse (r, XI_R_JUMP_KEY, m->sym);
    case XIR_MSW_NO_SYMVERS:
      return xi_refuse (r, XI_R_BUILTIN_NO_SYMVERS);
    case XIR_MSW_HELPER:
      return xi_refuse (r, XI_R_BUILTIN_EXPORT, m->sym,
                        xir_modsafe_text (m->ms));
    case XIR_MSW_THIS_MODULE:
      return xi_refuse (r, XI_R_THIS_MODULE);
    case XIR_MSW_ASM_SECTION:
      return xi_refuse (r, XI_R_ASM_SECTION, m->other);
    case XIR_MSW_COPY:
      return xi_refuse (r, XI_R_COPY, m->sym, m->other);
    default:
      break;
    }
  switch (m->ms)
    {
    case XIR_MS_NOT_EXPORTED:
      return xi_refuse (r, XI_R_NOT_EXPORTED, m->sym);
    case XIR_MS_GPL_ONLY:
      return xi_refuse (r, XI_R_GPL_ONLY, m->sym, xm_license);
    case XIR_MS_GPL_UNKNOWN:
      return xi_refuse (r, XI_R_GPL_UNKNOWN_LICENSE, m->sym);
    default:
      return xi_refuse (r, XI_R_NAMESPACE, m->sym, m->other);
    }
}

enum xi_refusal_code
xi_modsafe_builtin_entry (const char *name, xi_refusal *r)
{
  xir_ms_ctx c;
  xir_ms_result m;
  xm_ctx (&c, true);
  xir_modsafe_builtin_entry (&c, name, &m);
  return xm_refuse (&m, r);
}

enum xi_refusal_code
xi_modsafe_body (const xir_func *f, bool builtin, xi_refusal *r)
{
  xir_ms_ctx c;
  xir_ms_result m;
  if (!xi_modsafe_active ())
    return XI_R_NONE;
  xm_ctx (&c, builtin);
  if (xir_modsafe_body (&c, f, &m) == XIR_MSW_OK && m.ncopies)
    return xi_local_copies (&m, r);
  return xm_refuse (&m, r);
}
