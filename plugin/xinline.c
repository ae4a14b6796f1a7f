/* xinline.c - plugin entry: version check, arguments, the xinline attribute,
 * and what exporter and importer share (compile-unit metadata, type mapping).
 */
#define XI_NEED_GCC_VERSION
#include "xinline-gcc.h"
#include "xinline-int.h"

int plugin_is_GPL_compatible;

struct xi_options xi_opts;

static struct plugin_info xi_plugin_info = {
  "0.1",
  "xinline: cross-object inlining of small exported helpers.\n"
  "  -fplugin-arg-xinline-export[=GLOB,...]  export selected helpers into .gnu.xinline\n"
  "  -fplugin-arg-xinline-export-auto=N      also export external functions of <= N statements\n"
  "  -fplugin-arg-xinline-verbose            say, per candidate, exported or refused and why\n"
  "  -fplugin-arg-xinline-db=FILE[,FILE]     import helper bodies from DBs / objects\n"
  "  -fplugin-arg-xinline-report[=FILE]      one note (or JSON line) per helper call site\n"
  "  -fplugin-arg-xinline-symvers=FILE[,FILE] modules: import only bodies whose symbols these export\n"
  "  -fplugin-arg-xinline-license=STRING     modules: the MODULE_LICENSE (default: from .modinfo)\n"
  "  -fplugin-arg-xinline-namespaces=NS[,NS] modules: imported symbol namespaces (default: .modinfo)\n"
  "  -fplugin-arg-xinline-disable            do nothing\n"
};

/* ---- the xinline attribute ------------------------------------------- */

static tree
xi_handle_attr (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute only applies to functions",
               name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static struct attribute_spec xi_attr = {
  "xinline", 0, 0, true, false, false, false, xi_handle_attr, NULL
};

static void
xi_register_attributes (void *, void *)
{
  register_attribute (&xi_attr);
}

/* ---- arguments --------------------------------------------------------- */

/* Splits "a,b,c" into a NULL-free vector of copies.  */
static char **
xi_split (const char *s, unsigned *n)
{
  char **v = NULL;
  unsigned cnt = 0;
  const char *p = s;
  for (;;)
    {
      const char *c = strchr (p, ',');
      size_t len = c ? (size_t) (c - p) : strlen (p);
      if (len)
        {
          v = XRESIZEVEC (char *, v, cnt + 1);
          v[cnt++] = xstrndup (p, len);
        }
      if (!c)
        break;
      p = c + 1;
    }
  *n = cnt;
  return v;
}

static bool
xi_parse_args (const char *plugin_name, struct plugin_name_args *info)
{
  bool ok = true;
  xi_opts.export_auto = -1;
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      const char *val = info->argv[i].value;
      if (!strcmp (key, "disable") || !strcmp (key, "verbose"))
        {
          if (val)
            {
              error ("%s: %<-fplugin-arg-%s-%s%> takes no value", XI_NAME,
                     plugin_name, key);
              ok = false;
            }
          else if (key[0] == 'd')
            xi_opts.disable = true;
          else
            xi_opts.verbose = true;
        }
      else if (!strcmp (key, "export"))
        {
          xi_opts.export_mode = true;
          if (val)
            {
              unsigned n;
              char **g = xi_split (val, &n);
              if (!n)
                {
                  error ("%s: %<-fplugin-arg-%s-export=%> needs a name glob, "
                         "e.g. %<-fplugin-arg-%s-export=my_helper_*%>",
                         XI_NAME, plugin_name, plugin_name);
                  ok = false;
                }
              xi_opts.globs = XRESIZEVEC (char *, xi_opts.globs,
                                          xi_opts.nglobs + n);
              for (unsigned j = 0; j < n; j++)
                xi_opts.globs[xi_opts.nglobs++] = g[j];
              free (g);
            }
        }
      else if (!strcmp (key, "export-auto"))
        {
          char *end = NULL;
          long v = val ? strtol (val, &end, 10) : -1;
          if (!val || !*val || *end || v < 0 || v > 10000)
            {
              error ("%s: %<-fplugin-arg-%s-export-auto%> needs a statement "
                     "count from 0 to 10000, e.g. %<=5%>; got %qs", XI_NAME,
                     plugin_name, val ? val : "");
              ok = false;
            }
          else
            {
              xi_opts.export_auto = (int) v;
              xi_opts.export_mode = true;
            }
        }
      else if (!strcmp (key, "db"))
        {
          unsigned n = 0;
          char **d = val ? xi_split (val, &n) : NULL;
          if (!n)
            {
              error ("%s: %<-fplugin-arg-%s-db%> needs a file, e.g. "
                     "%<-fplugin-arg-%s-db=helpers.xdb%>", XI_NAME,
                     plugin_name, plugin_name);
              ok = false;
            }
          xi_opts.dbs = XRESIZEVEC (char *, xi_opts.dbs, xi_opts.ndbs + n);
          for (unsigned j = 0; j < n; j++)
            xi_opts.dbs[xi_opts.ndbs++] = d[j];
          free (d);
        }
      else if (!strcmp (key, "symvers") || !strcmp (key, "namespaces"))
        {
          bool sv = key[0] == 's';
          unsigned n = 0;
          char **d = val ? xi_split (val, &n) : NULL;
          if (!n && sv)
            {
              error ("%s: %<-fplugin-arg-%s-symvers%> needs a file, e.g. "
                     "%<-fplugin-arg-%s-symvers=Module.symvers%>", XI_NAME,
                     plugin_name, plugin_name);
              ok = false;
            }
          char ***v = sv ? &xi_opts.symvers : &xi_opts.namespaces;
          unsigned *nv = sv ? &xi_opts.nsymvers : &xi_opts.nnamespaces;
          *v = XRESIZEVEC (char *, *v, *nv + n + 1);
          for (unsigned j = 0; j < n; j++)
            (*v)[(*nv)++] = d[j];
          free (d);
        }
      else if (!strcmp (key, "license"))
        {
          if (!val || !*val)
            {
              error ("%s: %<-fplugin-arg-%s-license%> needs the module "
                     "license, e.g. %<=GPL%>", XI_NAME, plugin_name);
              ok = false;
            }
          else
            xi_opts.license = xstrdup (val);
        }
      else if (!strcmp (key, "report"))
        {
          xi_opts.report = true;
          if (val)
            {
              if (!*val)
                {
                  error ("%s: %<-fplugin-arg-%s-report=%> needs a file name",
                         XI_NAME, plugin_name);
                  ok = false;
                }
              xi_opts.report_file = xstrdup (val);
            }
        }
      else
        {
          error ("%s: unknown argument %<-fplugin-arg-%s-%s%>; known: "
                 "export, export=GLOBS, export-auto=N, verbose, db=FILES, "
                 "report, report=FILE, symvers=FILES, license=STRING, "
                 "namespaces=LIST, disable", XI_NAME, plugin_name, key);
          ok = false;
        }
    }
  return ok;
}

/* ---- compile-unit metadata -------------------------------------------- */

/* The target triple GCC was configured for, from its configure line.  */
static const char *
xi_target_triple (void)
{
  static char buf[128];
  static const char *const keys[] = { "--target=", "--host=", "--build=" };
  const char *args = gcc_version.configuration_arguments;
  if (buf[0])
    return buf;
  for (unsigned k = 0; k < ARRAY_SIZE (keys); k++)
    {
      const char *p = strstr (args, keys[k]);
      if (p)
        {
          p += strlen (keys[k]);
          size_t n = strcspn (p, " ");
          snprintf (buf, sizeof buf, "%.*s", (int) MIN (n, 100), p);
          return buf;
        }
    }
  snprintf (buf, sizeof buf, "unknown");
  return buf;
}

void
xi_current_meta (xir_meta *m)
{
  char buf[256];
  uint32_t f = 0;
  memset (m, 0, sizeof *m);
  snprintf (buf, sizeof buf, "GCC %s", gcc_version.basever);
  m->producer = xstrdup (buf);
  snprintf (buf, sizeof buf, "%s p%d %s", xi_target_triple (),
            (int) POINTER_SIZE, BYTES_BIG_ENDIAN ? "be" : "le");
  m->target = xstrdup (buf);
  if (flag_wrapv)
    f |= XIR_SEM_WRAPV;
  if (flag_wrapv_pointer)
    f |= XIR_SEM_WRAPV_POINTER;
  if (flag_trapv)
    f |= XIR_SEM_TRAPV;
  if (flag_strict_aliasing)
    f |= XIR_SEM_STRICT_ALIASING;
  if (flag_delete_null_pointer_checks)
    f |= XIR_SEM_DELETE_NULL_CHECKS;
  if (flag_exceptions)
    f |= XIR_SEM_EXCEPTIONS;
  if (flag_non_call_exceptions)
    f |= XIR_SEM_NON_CALL_EXCEPTIONS;
  if (!TYPE_UNSIGNED (char_type_node))
    f |= XIR_SEM_SIGNED_CHAR;
  if (flag_short_enums)
    f |= XIR_SEM_SHORT_ENUMS;
  if (flag_isolate_erroneous_paths_dereference)
    f |= XIR_SEM_ISOLATE_PATHS;
  if (flag_sanitize)
    f |= XIR_SEM_SANITIZE;
  if (flag_stack_protect)
    f |= XIR_SEM_STACK_PROTECT;
  m->semflags = f;
  m->flavour = xi_unit_is_module () ? XIR_FLAVOUR_MODULE
                                     : XIR_FLAVOUR_BUILTIN;
  m->source = xstrdup (main_input_filename ? main_input_filename : "");
  m->source_hash = xir_file_hash (m->source);
}

static const char *const xi_semflag_names[] = {
  "-fwrapv", "-fwrapv-pointer", "-ftrapv", "-fstrict-aliasing",
  "-fdelete-null-pointer-checks", "-fexceptions", "-fnon-call-exceptions",
  "-fsigned-char", "-fshort-enums", "-fisolate-erroneous-paths-dereference",
  "-fsanitize", "-fstack-protector"
};

/* Writes the names of the flags in FLAGS, as "-fwrapv -fno-..." style
   list of the set ones, into BUF.  */
const char *
xi_semflags_string (uint32_t flags, char *buf, size_t len)
{
  size_t o = 0;
  buf[0] = 0;
  for (unsigned i = 0; i < ARRAY_SIZE (xi_semflag_names); i++)
    if (flags & (1u << i))
      o += snprintf (buf + o, o < len ? len - o : 0, "%s%s", o ? " " : "",
                     xi_semflag_names[i]);
  if (!o)
    snprintf (buf, len, "(none)");
  return buf;
}

/* For each flag in DIFF, "-fX" if FLAGS has it, else "-fno-X".  */
const char *
xi_semflags_side (uint32_t flags, uint32_t diff, char *buf, size_t len)
{
  size_t o = 0;
  buf[0] = 0;
  for (unsigned i = 0; i < ARRAY_SIZE (xi_semflag_names); i++)
    if (diff & (1u << i))
      o += snprintf (buf + o, o < len ? len - o : 0, "%s-f%s%s",
                     o ? " " : "", (flags & (1u << i)) ? "" : "no-",
                     xi_semflag_names[i] + 2);
  return buf;
}

/* -DMODULE: the kernel's module flavour.  Asked after parsing, when the
   command-line macros are known.  */
bool
xi_unit_is_module (void)
{
  return parse_in && cpp_defined (parse_in, (const unsigned char *) "MODULE",
                                  6);
}

/* ---- init ----------------------------------------------------------------- */

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  const char *name = info->base_name;

  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("%s: this plugin was built for GCC %s but is loaded by GCC %s; "
             "rebuild xinline with the compiler that uses it", XI_NAME,
             gcc_version.basever, version->basever);
      return 1;
    }
  register_callback (name, PLUGIN_INFO, NULL, &xi_plugin_info);
  /* The attribute is registered even when disabled so that annotated code
     always compiles.  */
  register_callback (name, PLUGIN_ATTRIBUTES, xi_register_attributes, NULL);

  if (!xi_parse_args (name, info))
    return 0;
  if (xi_opts.disable)
    return 0;
  if (xi_opts.export_mode)
    xi_export_init (name);
  if ((xi_opts.nsymvers || xi_opts.license || xi_opts.nnamespaces)
      && !xi_opts.ndbs)
    warning (0, "%s: symvers, license and namespaces only matter with "
             "%<-fplugin-arg-%s-db%>", XI_NAME, name);
  if (xi_opts.ndbs || xi_opts.report)
    {
      if (!xi_import_load_dbs ())
        return 0;
      xi_import_init (name);
    }
  return 0;
}
