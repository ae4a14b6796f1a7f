/* args.c - the -fplugin-arg-xinline-* arguments: the parser, the help text
 * and the error texts, all three driven by the table in plugin/args.def.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"

struct xi_options xi_opts;

enum xi_arg_kind {
  XI_ARG_KIND_NONE,
  XI_ARG_KIND_OPTIONAL,
  XI_ARG_KIND_REQUIRED,
  XI_ARG_KIND_LIST,
  XI_ARG_KIND_OPT_LIST,
  XI_ARG_KIND_COUNT
};

struct xi_arg_spec {
  const char *key;
  enum xi_arg_kind kind;
  const char *usage, *help, *metavar, *need, *example;
  int max;
};

static const struct xi_arg_spec xi_args[XI_ARG_MAX] = {
#define XI_ARG(ID, KEY, KIND, FIELD, USAGE, HELP, METAVAR, NEED, EXAMPLE, \
               MAX)                                                     \
  { KEY, XI_ARG_KIND_##KIND, USAGE, HELP, METAVAR, NEED, EXAMPLE, MAX },
#include "args.def"
#undef XI_ARG
};

/* A checked value: the string, the list or the number.  */
struct xi_arg_value {
  const char *str;
  char **list;
  unsigned n;
  long num;
};

/* Whether KEY alone (no '=') is an accepted form of A.  */
static bool
xi_arg_bare_ok (const struct xi_arg_spec *a)
{
  return a->kind == XI_ARG_KIND_NONE || a->kind == XI_ARG_KIND_OPTIONAL
         || a->kind == XI_ARG_KIND_OPT_LIST;
}

/* Splits "a,b,c" into a vector of copies, empty items left out.  */
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

/* Appends the items of V to the list *VEC of *COUNT items.  */
static void
xi_append (char ***vec, unsigned *count, const struct xi_arg_value *v)
{
  if (!v->n)
    return;
  *vec = XRESIZEVEC (char *, *vec, *count + v->n);
  for (unsigned j = 0; j < v->n; j++)
    (*vec)[(*count)++] = v->list[j];
}

/* The error of a missing or bad value VAL of A: "'-fplugin-arg-NAME-KEY'
   needs NEED[, e.g. EXAMPLE][; got 'VAL']".  A form where KEY alone is
   fine is named KEY= (the error is about the value after it).  */
static void
xi_arg_needs (const char *plugin, const struct xi_arg_spec *a,
              const char *val)
{
  const char *eq = xi_arg_bare_ok (a) ? "=" : "";
  char need[128], example[128];
  if (a->kind == XI_ARG_KIND_COUNT)
    snprintf (need, sizeof need, "%s from 0 to %d", a->need, a->max);
  else
    snprintf (need, sizeof need, "%s", a->need);
  if (a->example && a->example[0] != '=')
    snprintf (example, sizeof example, "-fplugin-arg-%s-%s", plugin,
              a->example);
  else
    snprintf (example, sizeof example, "%s", a->example ? a->example : "");

  if (!a->example)
    error ("%s: %<-fplugin-arg-%s-%s%s%> needs %s", XI_NAME, plugin, a->key,
           eq, need);
  else if (a->kind != XI_ARG_KIND_COUNT)
    error ("%s: %<-fplugin-arg-%s-%s%s%> needs %s, e.g. %qs", XI_NAME,
           plugin, a->key, eq, need, example);
  else
    error ("%s: %<-fplugin-arg-%s-%s%s%> needs %s, e.g. %qs; got %qs",
           XI_NAME, plugin, a->key, eq, need, example, val ? val : "");
}

/* Checks the value VAL (NULL: KEY alone) of A into *V; false after an
   error.  */
static bool
xi_arg_check (const char *plugin, const struct xi_arg_spec *a,
              const char *val, struct xi_arg_value *v)
{
  memset (v, 0, sizeof *v);
  v->str = val;
  if (!val && xi_arg_bare_ok (a))
    return true;
  switch (a->kind)
    {
    case XI_ARG_KIND_NONE:
      error ("%s: %<-fplugin-arg-%s-%s%> takes no value", XI_NAME, plugin,
             a->key);
      return false;
    case XI_ARG_KIND_OPTIONAL:
    case XI_ARG_KIND_REQUIRED:
      if (val && *val)
        return true;
      break;
    case XI_ARG_KIND_LIST:
    case XI_ARG_KIND_OPT_LIST:
      v->list = val ? xi_split (val, &v->n) : NULL;
      if (v->n || !a->need)
        return true;
      free (v->list);
      break;
    case XI_ARG_KIND_COUNT:
      {
        char *end = NULL;
        v->num = val ? strtol (val, &end, 10) : -1;
        if (val && *val && !*end && v->num >= 0 && v->num <= a->max)
          return true;
      }
      break;
    }
  xi_arg_needs (plugin, a, val);
  return false;
}

/* Stores the checked value V of argument ID in its field of xi_opts.  */
static void
xi_arg_store (enum xi_arg_id id, const struct xi_arg_value *v)
{
#define XI_STORE_NONE(F) xi_opts.F = true
#define XI_STORE_OPTIONAL(F) if (v->str) xi_opts.F = xstrdup (v->str)
#define XI_STORE_REQUIRED(F) xi_opts.F = xstrdup (v->str)
#define XI_STORE_LIST(F) xi_append (&xi_opts.F, &xi_opts.n##F, v)
#define XI_STORE_OPT_LIST XI_STORE_LIST
#define XI_STORE_COUNT(F) xi_opts.F = (int) v->num
  switch (id)
    {
#define XI_ARG(ID, KEY, KIND, FIELD, ...)                               \
    case XI_ARG_##ID:                                                   \
      XI_STORE_##KIND (FIELD);                                          \
      break;
#include "args.def"
#undef XI_ARG
    default:
      gcc_unreachable ();
    }
  free (v->list);
#undef XI_STORE_NONE
#undef XI_STORE_OPTIONAL
#undef XI_STORE_REQUIRED
#undef XI_STORE_LIST
#undef XI_STORE_OPT_LIST
#undef XI_STORE_COUNT
}

/* "export, export=GLOBS, export-auto=N, ...": every accepted form.  */
static const char *
xi_args_known (void)
{
  static char buf[512];
  size_t o = 0;
  if (buf[0])
    return buf;
  for (unsigned i = 0; i < XI_ARG_MAX; i++)
    {
      const struct xi_arg_spec *a = &xi_args[i];
      const char *sep = o ? ", " : "";
      if (a->kind == XI_ARG_KIND_NONE)
        o += snprintf (buf + o, sizeof buf - o, "%s%s", sep, a->key);
      else if (xi_arg_bare_ok (a))
        o += snprintf (buf + o, sizeof buf - o, "%s%s, %s=%s", sep, a->key,
                       a->key, a->metavar);
      else
        o += snprintf (buf + o, sizeof buf - o, "%s%s=%s", sep, a->key,
                       a->metavar);
      gcc_assert (o < sizeof buf);
    }
  return buf;
}

/* The plugin's help text (PLUGIN_INFO), one line per argument.  */
const char *
xi_args_help (void)
{
  static char buf[2048];
  size_t o;
  if (buf[0])
    return buf;
  o = snprintf (buf, sizeof buf, "%s: cross-object inlining of small "
                "exported helpers.\n", XI_NAME);
  for (unsigned i = 0; i < XI_ARG_MAX; i++)
    {
      char opt[64];
      snprintf (opt, sizeof opt, "-fplugin-arg-%s-%s%s", XI_NAME,
                xi_args[i].key, xi_args[i].usage);
      o += snprintf (buf + o, sizeof buf - o, "  %-39s %s\n", opt,
                     xi_args[i].help);
      gcc_assert (o < sizeof buf);
    }
  return buf;
}

/* Parses INFO's arguments into xi_opts.  Every bad argument is one error;
   false if there was any.  */
bool
xi_parse_args (const char *plugin_name, struct plugin_name_args *info)
{
  bool ok = true;
#define XI_INIT_NONE(F)
#define XI_INIT_OPTIONAL(F)
#define XI_INIT_REQUIRED(F)
#define XI_INIT_LIST(F)
#define XI_INIT_OPT_LIST(F)
#define XI_INIT_COUNT(F) xi_opts.F = -1;
#define XI_ARG(ID, KEY, KIND, FIELD, ...) XI_INIT_##KIND (FIELD)
#include "args.def"
#undef XI_ARG
#undef XI_INIT_NONE
#undef XI_INIT_OPTIONAL
#undef XI_INIT_REQUIRED
#undef XI_INIT_LIST
#undef XI_INIT_OPT_LIST
#undef XI_INIT_COUNT
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      unsigned id = 0;
      struct xi_arg_value v;
      while (id < XI_ARG_MAX && strcmp (key, xi_args[id].key))
        id++;
      if (id == XI_ARG_MAX)
        {
          error ("%s: unknown argument %<-fplugin-arg-%s-%s%>; known: %s",
                 XI_NAME, plugin_name, key, xi_args_known ());
          ok = false;
        }
      else if (!xi_arg_check (plugin_name, &xi_args[id], info->argv[i].value,
                              &v))
        ok = false;
      else
        {
          xi_arg_store ((enum xi_arg_id) id, &v);
          xi_opts.given |= 1u << id;
        }
    }
  xi_opts.export_mode = xi_arg_given (XI_ARG_EXPORT)
                        || xi_arg_given (XI_ARG_EXPORT_AUTO);
  xi_opts.report = xi_arg_given (XI_ARG_REPORT);
  /* hot-calls-min=PERMILLE is hot-calls with a threshold.  */
  if (xi_opts.hot_calls_min < 0)
    xi_opts.hot_calls_min = 0;
  else
    xi_opts.hot_calls = true;
  if (xi_opts.export_only && !xi_opts.export_mode)
    {
      error ("%s: %<-fplugin-arg-%s-export-only%> needs "
             "%<-fplugin-arg-%s-export%> or %<-fplugin-arg-%s-export-auto=N%>"
             " (what to export)", XI_NAME, plugin_name, plugin_name,
             plugin_name);
      ok = false;
    }
  else if (xi_opts.export_keep_calls && !xi_opts.export_mode)
    {
      error ("%s: %<-fplugin-arg-%s-export-keep-calls%> shapes exported "
             "bodies; add %<-fplugin-arg-%s-export%> or "
             "%<-fplugin-arg-%s-export-auto=N%>", XI_NAME, plugin_name,
             plugin_name, plugin_name);
      ok = false;
    }
  else if (xi_opts.hot_calls && !xi_opts.export_mode)
    {
      error ("%s: %<-fplugin-arg-%s-%s%> is recorded by an exporting "
             "compile; add %<-fplugin-arg-%s-export-auto=N%> or "
             "%<-fplugin-arg-%s-export%>", XI_NAME, plugin_name,
             xi_arg_given (XI_ARG_HOT_CALLS) ? "hot-calls" : "hot-calls-min",
             plugin_name, plugin_name);
      ok = false;
    }
  else if (xi_opts.export_only && xi_opts.ndbs)
    {
      error ("%s: %<-fplugin-arg-%s-export-only%> generates no code to "
             "import into; leave out %<-fplugin-arg-%s-db%>", XI_NAME,
             plugin_name, plugin_name);
      ok = false;
    }
  return ok;
}
