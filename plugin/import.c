/* import.c - the importer's driver: rebuilding DB helper bodies as
 * available-externally definitions in the consumer.
 *
 * It loads the DBs (-fplugin-arg-xinline-db), collects the unit's public
 * declarations while parsing (PLUGIN_FINISH_DECL) and, at
 * PLUGIN_ALL_IPA_PASSES_START (before free_lang_data and SSA), walks the
 * called external functions that have a DB entry: it records their call
 * sites for the report and hands them to the decision (import-decide.c),
 * which imports those that legality (import-legal.c) allows and the
 * builder (import-build.c) rebuilds.  At PLUGIN_ALL_IPA_PASSES_END the
 * report (report.c) says what became of each call site.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

xir_db xi_db;
const char *xi_db_name;

/* ---- loading ------------------------------------------------------------ */

/* The DBs of -fplugin-arg-xinline-db, loaded by the IR library with its
   messages (xir-import.c), quoted as %qs quotes.  */
bool
xi_import_load_dbs (void)
{
  char msg[2048];
  xir_import_quotes (open_quote, close_quote);
  for (unsigned i = 0; i < xi_opts.ndbs; i++)
    {
      if (xir_db_load_file (&xi_db, xi_opts.dbs[i], msg, sizeof msg))
        {
          error ("%s: %s", XI_NAME, msg);
          return false;
        }
      if (!xi_db_name)
        xi_db_name = xi_opts.dbs[i];
    }
  if (xir_db_load_finish (&xi_db, xi_db_name, msg, sizeof msg))
    {
      error ("%s: %s", XI_NAME, msg);
      return false;
    }
  return true;
}

/* ---- the unit's own declarations ------------------------------------------ */

/* File-scope public declarations of the unit by assembler name, collected
   while parsing: after parsing the C front end drops its bindings, and an
   unused declaration has no symbol-table node.  Imported bodies use these
   declarations (with their attributes) for the symbols they reference.  */
static hash_map<tree, tree> *xi_decls;

static void
xi_finish_decl (void *gcc_data, void *)
{
  tree d = (tree) gcc_data;
  xi_note_global_hreg (d);
  if ((TREE_CODE (d) != FUNCTION_DECL && TREE_CODE (d) != VAR_DECL)
      || !TREE_PUBLIC (d) || (DECL_CONTEXT (d)
                              && TREE_CODE (DECL_CONTEXT (d)) != TRANSLATION_UNIT_DECL))
    return;
  if (!xi_decls)
    xi_decls = new hash_map<tree, tree>;
  xi_decls->put (DECL_ASSEMBLER_NAME (d), d);
}

tree
xi_lookup_decl (tree id)
{
  symtab_node *n = symtab_node::get_for_asmname (id);
  if (n)
    return n->decl;
  tree *d = xi_decls ? xi_decls->get (id) : NULL;
  return d ? *d : NULL_TREE;
}

/* ---- driving ------------------------------------------------------------------ */

/* The called DB helpers: their call sites go to the report, the helpers
   to the decision.  */
static void
xi_import_run (void)
{
  if (seen_error () || !xir_db_count (&xi_db))
    return;
  xi_legal_start ();

  auto_vec<tree> work;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree d = node->decl;
      if (!node->callers || !xi_decide_candidate (d))
        continue;
      for (cgraph_edge *cs = node->callers; cs; cs = cs->next_caller)
        {
          xi_report_site (cs->caller->decl, gimple_location (cs->call_stmt),
                          d);
          xi_legal_caller (cs->caller->decl, d);
        }
      work.safe_push (d);
    }

  /* Module.symvers is large: read it only in units that call helpers.  */
  if (work.is_empty ())
    return;
  static bool symvers_loaded;
  if (!symvers_loaded)
    {
      symvers_loaded = true;
      if (!xi_modsafe_load ())
        return;
    }
  xi_modsafe_start ();
  xi_decide (&work);
}

static void
xi_import_start (void *, void *)
{
  xi_import_run ();
  /* A corrupt DB is found where a lookup reads it: an error, as at load.  */
  char msg[2048];
  if (xir_db_load_error (&xi_db, msg, sizeof msg))
    error ("%s: %s", XI_NAME, msg);
}

static void
xi_import_end (void *, void *)
{
  xi_report_finish ();
}

void
xi_import_init (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
                     (void *) xi_typemap_roots);
  register_callback (plugin_name, PLUGIN_FINISH_DECL, xi_finish_decl, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START,
                     xi_import_start, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_END,
                     xi_import_end, NULL);
}
