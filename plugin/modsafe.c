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
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

struct xm_sym {
  char *name;
  bool gpl;
  char *ns;                  /* namespace or NULL */
};

static struct xm_sym *xm_syms;
static size_t xm_n;
static char *xm_license;     /* effective license, or NULL if unknown */
static vec<char *> xm_ns;    /* effective imported namespaces */

static int
xm_cmp (const void *a, const void *b)
{
  return strcmp (((const struct xm_sym *) a)->name,
                 ((const struct xm_sym *) b)->name);
}

/* Reads Module.symvers files: "CRC<TAB>SYMBOL<TAB>MODULE<TAB>EXPORT[<TAB>NS]".  */
bool
xi_modsafe_load (void)
{
  size_t cap = 0;
  for (unsigned i = 0; i < xi_opts.nsymvers; i++)
    {
      FILE *f = fopen (xi_opts.symvers[i], "r");
      char line[1024];
      unsigned lineno = 0;
      if (!f)
        {
          error ("%s: cannot read %qs: %s; pass the kernel's (and your "
                 "module's) Module.symvers", XI_NAME, xi_opts.symvers[i],
                 xstrerror (errno));
          return false;
        }
      while (fgets (line, sizeof line, f))
        {
          char *fld[5] = { NULL, NULL, NULL, NULL, NULL };
          unsigned nf = 0;
          char *p = line;
          lineno++;
          p[strcspn (p, "\r\n")] = 0;
          while (nf < 5)
            {
              fld[nf++] = p;
              p = strchr (p, '\t');
              if (!p)
                break;
              *p++ = 0;
            }
          if (nf < 4 || strncmp (fld[3], "EXPORT_SYMBOL", 13))
            {
              error ("%s: %s:%u: not a Module.symvers line; pass the file "
                     "modpost writes", XI_NAME, xi_opts.symvers[i], lineno);
              fclose (f);
              return false;
            }
          if (xm_n == cap)
            {
              cap = cap ? cap * 2 : 4096;
              xm_syms = XRESIZEVEC (struct xm_sym, xm_syms, cap);
            }
          xm_syms[xm_n].name = xstrdup (fld[1]);
          xm_syms[xm_n].gpl = strstr (fld[3], "_GPL") != NULL;
          xm_syms[xm_n].ns = nf > 4 && *fld[4] ? xstrdup (fld[4]) : NULL;
          xm_n++;
        }
      fclose (f);
    }
  qsort (xm_syms, xm_n, sizeof *xm_syms, xm_cmp);
  return true;
}

bool
xi_modsafe_active (void)
{
  return xi_opts.nsymvers != 0;
}

static const struct xm_sym *
xm_find (const char *name)
{
  struct xm_sym key;
  key.name = CONST_CAST (char *, name);
  return (const struct xm_sym *) bsearch (&key, xm_syms, xm_n, sizeof key,
                                          xm_cmp);
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

/* The kernel's license_is_gpl_compatible().  */
static bool
xm_gpl_compatible (const char *l)
{
  static const char *const ok[] = {
    "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
    "Dual MIT/GPL", "Dual MPL/GPL"
  };
  for (unsigned i = 0; l && i < ARRAY_SIZE (ok); i++)
    if (!strcmp (l, ok[i]))
      return true;
  return false;
}

/* Whether this unit may reference NAME (DEFINED: it defines it):
   XI_R_NONE, or the refusal recorded in R.  */
enum xi_refusal_code
xi_modsafe_check (const char *name, bool defined, xi_refusal *r)
{
  if (!xi_modsafe_active () || defined)
    return XI_R_NONE;
  const struct xm_sym *s = xm_find (name);
  if (!s)
    return xi_refuse (r, XI_R_NOT_EXPORTED, name);
  if (s->gpl && !xm_gpl_compatible (xm_license))
    return xm_license ? xi_refuse (r, XI_R_GPL_ONLY, name, xm_license)
                      : xi_refuse (r, XI_R_GPL_UNKNOWN_LICENSE, name);
  if (s->ns)
    {
      for (unsigned i = 0; i < xm_ns.length (); i++)
        if (!strcmp (xm_ns[i], s->ns))
          return XI_R_NONE;
      return xi_refuse (r, XI_R_NAMESPACE, name, s->ns);
    }
  return XI_R_NONE;
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

/* Symbols an asm template names as call or jump targets ("call foo",
   "jmp __x86_return_thunk"): each must pass xi_modsafe_check.  */
enum xi_refusal_code
xi_modsafe_check_asm (const char *t, xi_refusal *r)
{
  if (!xi_modsafe_active ())
    return XI_R_NONE;
  for (const char *p = t; *p; p++)
    {
      if (p != t && (ISALNUM (p[-1]) || p[-1] == '_' || p[-1] == '.'))
        continue;
      if (strncmp (p, "call", 4) && strncmp (p, "jmp", 3))
        continue;
      const char *q = p + (p[0] == 'c' ? 4 : 3);
      while (ISALPHA (*q))          /* callq, jmpq */
        q++;
      if (*q != ' ' && *q != '\t')
        continue;
      while (*q == ' ' || *q == '\t')
        q++;
      if (!(ISALPHA (*q) || *q == '_'))
        continue;                   /* %0, *%rax, 1f, .L... */
      const char *e = q;
      while (ISALNUM (*e) || *e == '_' || *e == '.' || *e == '$')
        e++;
      char name[256];
      snprintf (name, sizeof name, "%.*s", (int) MIN (e - q, 255), q);
      symtab_node *n = symtab_node::get_for_asmname (get_identifier (name));
      enum xi_refusal_code c = xi_modsafe_check (name, n && n->definition, r);
      if (c != XI_R_NONE)
        return c;
    }
  return XI_R_NONE;
}
