/* xinline.c - the plugin's entry: version check, the xinline attribute,
 * the arguments (plugin/args.c) and the wiring of exporter and importer.
 */
#define XI_NEED_GCC_VERSION
#include "xinline-gcc.h"
#include "xinline-int.h"

int plugin_is_GPL_compatible;

static struct plugin_info xi_plugin_info = { XINLINE_VERSION, NULL };

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
  xi_plugin_info.help = xi_args_help ();
  register_callback (name, PLUGIN_INFO, NULL, &xi_plugin_info);
  /* The attribute is registered even when disabled so that annotated code
     always compiles.  */
  register_callback (name, PLUGIN_ATTRIBUTES, xi_register_attributes, NULL);

  if (!xi_parse_args (name, info))
    return 0;
  /* With -flto the driver loads the plugin into the link-time compiler
     (lto1, the "GNU GIMPLE" front end) too.  Export runs at compile time
     and nothing is imported with -flto: there is nothing to do there.  */
  if (xi_opts.disable || !strcmp (lang_hooks.name, "GNU GIMPLE"))
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
