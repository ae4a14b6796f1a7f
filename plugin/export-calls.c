/* export-calls.c - the unit's record of the external functions it calls
 * from blocks GCC does not consider cold (-fplugin-arg-xinline-hot-calls),
 * or that it estimates to run at least a given share of the unit's entries
 * (-fplugin-arg-xinline-hot-calls-min=PERMILLE), written into the section
 * .gnu.xinline.calls.
 *
 * The whole-tree flow (kbuild/whole-tree.sh) rebuilds with the DB only
 * the units that call a DB helper from such a block: a unit whose calls
 * to DB helpers are all cold would gain at most the inlining of tiny
 * bodies into code that (by GCC's own estimate) hardly ever runs.
 *
 * When: once, after the small IPA passes (after "emutls"), where every
 * body has been through the early optimizations, "profile_estimate"
 * among them, so every block has GCC's estimated count and every
 * function its estimated frequency.  A call site is hot when
 * maybe_hot_bb_p () holds for its block: the test GCC's own size-or-speed
 * decisions use (a block is cold in a function GCC expects never to run,
 * e.g. __cold or the kernel's __init functions, in a block whose count is
 * zero, e.g. a path that ends in a __cold call, or whose count is under
 * 1/param_hot_bb_frequency_fraction of the entry's).  It does not depend
 * on -Os, under which every block is "optimized for size".  The
 * functions that can be called from outside the unit or through a
 * pointer are reached; a static function called only directly is
 * reached through a hot call site in a reached function (so the helpers
 * of __init code are not); the external callees of the hot call sites
 * of reached functions are recorded.
 *
 * -fplugin-arg-xinline-hot-calls-min=PERMILLE (implies hot-calls) also
 * asks that the call site run at least PERMILLE/1000 times per entry into
 * the unit, by GCC's estimate: the block's count over its function's
 * entry count, times the frequency at which that function is entered
 * (1000 for one callable from outside or through a pointer, else that of
 * its most frequent call site).  A call under unlikely() is estimated at
 * 10 % of its branch, so a threshold over 100 leaves it out; a call in a
 * loop stays.  Inlining into code GCC itself predicts to run rarely gains
 * nothing measurable, and the unit then keeps its plain compile.
 *
 * The section: "xinline-calls 2" and then one string per recorded callee,
 * "NAME SUM", sorted by name and unique, each NUL-terminated, where SUM is
 * the sum of the estimated frequencies (permille per unit entry, each at
 * most 1000) of the unit's recorded call sites of NAME: the value the
 * whole-tree flow weighs against the unit's compile cost (docs/DESIGN.md
 * "The whole-tree flow"; version 1 held the names alone);
 * excluded from final links ("e") and of type SHT_NOTE like .gnu.xinline.
 * Written even when no call is recorded, so that a unit without the
 * section is one the record was not made for.  A name that cannot be
 * written between quotes as it is is left out (the unit may then be
 * skipped: always safe).
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* The recorded call sites: the callee's assembler name and the site's
   estimated frequency, one entry per site.  */
struct xc_site {
  const char *name;
  int freq;
};
static xc_site *xc_sites;
static unsigned xc_n, xc_cap;

/* Estimated frequencies are in permille of one entry into the unit (a
   call of a function that can be called from outside it), capped at
   XC_FULL: every threshold is at most that.  */
#define XC_FULL 1000

/* The assembler name of the external function STMT calls, or NULL (an
   indirect or internal call, a function of this unit, a __builtin_*:
   builtins with a library name, e.g. strlen, are recorded).  */
static const char *
xc_external_callee (gimple *stmt)
{
  tree d = gimple_call_fndecl (stmt);
  if (!d || !TREE_PUBLIC (d) || !DECL_EXTERNAL (d)
      || fndecl_built_in_p (d, BUILT_IN_MD))
    return NULL;
  const char *name = xe_name (d);
  return strncmp (name, "__builtin_", 10) ? name : NULL;
}

static void
xc_add (const char *name, int freq)
{
  if (xc_n == xc_cap)
    {
      xc_cap = xc_cap ? 2 * xc_cap : 64;
      xc_sites = XRESIZEVEC (xc_site, xc_sites, xc_cap);
    }
  xc_sites[xc_n].name = name;
  xc_sites[xc_n++].freq = freq;
}

/* The estimated frequency of BB of FN per unit entry, when FN is entered
   REACH permille of the unit's entries: REACH times the block's count
   over FN's entry count (GCC's guessed profile), capped at XC_FULL.  A
   ratio GCC cannot state counts as XC_FULL (recording more is safe).  */
static int
xc_freq (function *fn, basic_block bb, int reach)
{
  bool known = false;
  sreal r = bb->count.to_sreal_scale (ENTRY_BLOCK_PTR_FOR_FN (fn)->count,
                                      &known);
  if (!known)
    return XC_FULL;
  r *= sreal (reach);
  return r >= sreal (XC_FULL) ? XC_FULL : (int) r.to_int ();
}

/* Where the walk is: each reached function's frequency of entry
   (permille of the unit's entries) and the functions to walk again.  */
struct xc_reach {
  hash_map<cgraph_node *, int> freq;
  auto_vec<cgraph_node *> work;
};

/* Marks NODE entered at FREQ; queued when that is new or higher than
   before (frequencies only grow and are capped: the walk ends).  */
static void
xc_enter (xc_reach *rc, cgraph_node *node, int freq)
{
  bool existed = false;
  int &f = rc->freq.get_or_insert (node, &existed);
  if (existed && f >= freq)
    return;
  f = freq;
  rc->work.safe_push (node);
}

/* Records the external callees of NODE's call edges whose blocks are not
   cold (maybe_hot_bb_p) and whose frequencies are at least
   xi_opts.hot_calls_min, and enters the local functions those blocks
   call at their frequencies.  */
static void
xc_walk (xc_reach *rc, cgraph_node *node)
{
  function *fn = DECL_STRUCT_FUNCTION (node->decl);
  int reach = *rc->freq.get (node);
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    {
      if (!e->call_stmt || !gimple_bb (e->call_stmt)
          || !maybe_hot_bb_p (fn, gimple_bb (e->call_stmt)))
        continue;
      int freq = xc_freq (fn, gimple_bb (e->call_stmt), reach);
      const char *name = xc_external_callee (e->call_stmt);
      cgraph_node *callee = e->callee->ultimate_alias_target ();
      if (name)
        {
          if (freq >= xi_opts.hot_calls_min)
            xc_add (name, freq);
        }
      else if (callee->has_gimple_body_p ())
        xc_enter (rc, callee, freq);
    }
}

/* Runs once, after the small IPA passes: every body has been through the
   early optimizations and has its estimated profile.  The functions that
   can be called from outside the unit or indirectly are entered at
   XC_FULL; a local function called only directly is entered at the
   highest frequency of its call sites in blocks, not cold, of entered
   functions.  The external callees of those blocks are recorded when
   their frequencies reach the threshold.  */
static unsigned int
xc_execute (function *)
{
  xc_reach rc;
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (!node->inlined_to && !node->only_called_directly_p ())
      xc_enter (&rc, node, XC_FULL);
  while (!rc.work.is_empty ())
    xc_walk (&rc, rc.work.pop ());
  return 0;
}

const pass_data xc_pass_data = {
  SIMPLE_IPA_PASS, "xinline_calls", OPTGROUP_NONE, TV_NONE,
  0, 0, 0, 0, 0
};

class xc_pass : public simple_ipa_opt_pass
{
public:
  xc_pass () : simple_ipa_opt_pass (xc_pass_data, g) {}
  virtual unsigned int execute (function *fn) { return xc_execute (fn); }
};

/* By name; the sums do not depend on the order of equal names.  */
static int
xc_cmp (const void *a, const void *b)
{
  return strcmp (((const xc_site *) a)->name, ((const xc_site *) b)->name);
}

/* Whether NAME can be written between quotes as it is.  */
static bool
xc_plain_name (const char *name)
{
  for (const char *p = name; *p; p++)
    if (!ISALNUM (*p) && *p != '_' && *p != '.' && *p != '$')
      return false;
  return *name != 0;
}

/* Writes .gnu.xinline.calls: the header, then each name once with the
   sum of its sites' frequencies, sorted by name (the order in which GCC
   compiled the functions does not show).  */
static void
xc_finish_unit (void *, void *)
{
  if (!optimize || seen_error ())
    return;
  qsort (xc_sites, xc_n, sizeof *xc_sites, xc_cmp);
  fprintf (asm_out_file, "\t.section\t.gnu.xinline.calls,\"e\",@note\n");
  in_section = NULL;
  fprintf (asm_out_file, "\t.string\t\"xinline-calls 2\"\n");
  for (unsigned i = 0, j; i < xc_n; i = j)
    {
      unsigned long sum = 0;
      for (j = i; j < xc_n && !strcmp (xc_sites[j].name, xc_sites[i].name); j++)
        sum += (unsigned long) xc_sites[j].freq;
      if (xc_plain_name (xc_sites[i].name))
        fprintf (asm_out_file, "\t.string\t\"%s %lu\"\n",
                 xc_sites[i].name, sum);
    }
  free (xc_sites);
  xc_sites = NULL;
  xc_n = xc_cap = 0;
}

/* Registers the pass and the section's writer (export mode with
   -fplugin-arg-xinline-hot-calls).  */
void
xe_calls_init (const char *plugin_name)
{
  xe_add_pass (plugin_name, new xc_pass (), "emutls",
               PASS_POS_INSERT_AFTER);
  register_callback (plugin_name, PLUGIN_FINISH_UNIT, xc_finish_unit, NULL);
}
