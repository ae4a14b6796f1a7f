/* export.c - the export driver: the pass and its place in GCC's pipeline,
 * the flow of one function (selection, translation into IR, the IR
 * checker), and the unit's .gnu.xinline section.
 *
 * When: a GIMPLE pass inserted before "fnsplit", i.e. inside the early
 * optimizations, after early inlining (static inline callees are already
 * inlined), CCP, FRE, DCE and switch conversion, and before function
 * splitting could carve the body into a local ".part" clone.  The body is in
 * SSA form; PHIs are resolved on export into copies on the incoming edges.
 *
 * Anything not fully understood refuses the helper with a reason.
 *
 * Export only (-fplugin-arg-xinline-export-only, whole-tree pass 1): the
 * compilation stops after the early optimizations; the object holds the
 * section and nothing else.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* The exported functions of this unit, encoded at PLUGIN_FINISH_UNIT.  */
static xir_func **xe_funcs;
static unsigned xe_nfuncs;

bool
xe_fail (xe_ctx *x, const char *fmt, ...)
{
  if (!x->why)
    {
      va_list ap;
      va_start (ap, fmt);
      vsnprintf (x->whybuf, sizeof x->whybuf, fmt, ap);
      va_end (ap);
      x->why = x->whybuf;
    }
  return false;
}

const char *
xe_name (tree decl)
{
  return IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
}

/* ---- one function ------------------------------------------------------- */

/* Translates the function of X into X->xf, and checks the result with the
   IR's checker for this target: what every importer will check.  */
static bool
xe_translate (xe_ctx *x)
{
  if (!xe_check_function (x) || !xe_params (x) || !xe_blocks (x))
    return false;
  xir_target tgt;
  xi_gcc_target (&tgt);
  const char *bad = xir_func_check (x->xf, &tgt);
  if (bad)
    return xe_fail (x, "its IR is inconsistent (%s)", bad);
  return true;
}

xir_func *
xe_export_fn (function *fn, const char *name, enum xe_sel sel, bool local,
              char *why, size_t n)
{
  xe_ctx x;
  memset (&x, 0, sizeof x);
  x.fn = fn;
  x.fndecl = fn->decl;
  x.local = local;
  x.xf = xir_func_new (name);
  x.ssa_reg = XCNEWVEC (uint32_t, num_ssa_names + 1);
  x.phi_reg = XCNEWVEC (uint32_t, num_ssa_names + 1);
  x.ovf = XCNEWVEC (struct xe_ovf, num_ssa_names + 1);
  x.bb_block = XCNEWVEC (uint32_t, last_basic_block_for_fn (fn) + 1);
  x.slot_of = new hash_map<tree, unsigned>;

  bool ok = (xe_translate (&x) && xe_size_ok (&x, sel)
             && xe_local_resolve (&x));
  if (!local)
    xe_note_result (&x, sel, ok);
  if (ok)
    xe_collect_deps (fn, fn->decl);
  else
    {
      snprintf (why, n, "%s", x.why);
      xir_func_free (x.xf);
      x.xf = NULL;
    }
  free (x.ssa_reg);
  free (x.phi_reg);
  free (x.ovf);
  free (x.bb_block);
  delete x.slot_of;
  return x.xf;
}

/* The pass, for each function: exports it if it is selected and can be.  */
static unsigned int
xe_execute (function *fn)
{
  char why[512];
  enum xe_sel sel = xe_candidate (fn->decl);
  if (sel == XE_NO)
    return 0;
  xir_func *f = xe_export_fn (fn, xe_name (fn->decl), sel, false, why,
                              sizeof why);
  if (f)
    {
      xe_funcs = XRESIZEVEC (xir_func *, xe_funcs, xe_nfuncs + 1);
      xe_funcs[xe_nfuncs++] = f;
    }
  return 0;
}

/* ---- the pass and the section ------------------------------------------- */

const pass_data xe_pass_data = {
  GIMPLE_PASS, "xinline_export", OPTGROUP_NONE, TV_NONE,
  PROP_ssa | PROP_cfg, 0, 0, 0, 0
};

class xe_pass : public gimple_opt_pass
{
public:
  xe_pass () : gimple_opt_pass (xe_pass_data, g) {}
  virtual unsigned int execute (function *fn) { return xe_execute (fn); }
};

/* export-keep-calls: just before early inlining (select.c).  */
const pass_data xe_keep_pass_data = {
  GIMPLE_PASS, "xinline_keep_calls", OPTGROUP_NONE, TV_NONE,
  PROP_cfg, 0, 0, 0, 0
};

class xe_keep_pass : public gimple_opt_pass
{
public:
  xe_keep_pass () : gimple_opt_pass (xe_keep_pass_data, g) {}
  virtual unsigned int execute (function *fn)
  {
    return xe_keep_calls_execute (fn);
  }
};

/* Orders functions by name: the section does not depend on the order in
   which GCC compiled them.  */
static int
xe_cmp (const void *a, const void *b)
{
  return strcmp ((*(xir_func *const *) a)->name,
                 (*(xir_func *const *) b)->name);
}

/* Writes the unit's exported functions and metadata into .gnu.xinline.  */
static void
xe_finish_unit (void *, void *)
{
  if (!xe_nfuncs || seen_error ())
    return;
  xir_meta m;
  xir_buf b;
  xi_current_meta (&m);
  xe_take_locals (&xe_funcs, &xe_nfuncs);
  xe_take_deps (&m);
  xir_buf_init (&b);
  qsort (xe_funcs, xe_nfuncs, sizeof *xe_funcs, xe_cmp);
  xir_encode_unit (&b, &m, xe_funcs, xe_nfuncs);
  /* Non-allocated and excluded from final links ("e"): like .gnu.lto_*,
     it survives ld -r and archives but never reaches an executable image.
     Of type SHT_NOTE, which the kernel's modpost accepts in modules (it
     warns about other non-allocated sections).  GCC's section flags cannot
     say @note, so the directive is written here, and GCC is told it no
     longer knows the current section.  */
  fprintf (asm_out_file, "\t.section\t.gnu.xinline,\"e\",@note\n");
  in_section = NULL;
  for (size_t o = 0; o < b.len; o += 4096)
    assemble_string ((const char *) b.data + o, MIN ((size_t) 4096, b.len - o));
  xir_buf_free (&b);
  xir_meta_free (&m);
  for (unsigned i = 0; i < xe_nfuncs; i++)
    xir_func_free (xe_funcs[i]);
  xe_nfuncs = 0;
}

/* Before early inlining: make the static inline callees of the selected
   helpers inlined into them, and with export-keep-calls keep calls to the
   unit's EXPORT_SYMBOLs (select.c).  */
static void
xe_prepare (void *, void *)
{
  if (!optimize || seen_error ())
    return;
  xe_prepare_callees ();
  xe_keep_export_calls ();
}

/* Export runs among the early optimizations: none at -O0.  */
static void
xe_start_unit (void *, void *)
{
  if (!optimize)
    warning (0, "%s: export needs optimization (%<-O1%> or higher); "
             "nothing is exported from this unit", XI_NAME);
}

/* ---- export only ----------------------------------------------------------- */

/* Whether GCC's assembly goes to the assembler only (a pipe, "-", or the
   driver's temporary file "ccXXXXXX.s": compiling to an object), rather
   than being the product asked for (-S, -save-temps).  */
static bool
xe_asm_is_temporary (void)
{
  const char *a = asm_file_name, *b;
  if (!a)
    return false;
  if (!strcmp (a, "-"))
    return true;
  b = lbasename (a);
  if (strlen (b) != 10 || strncmp (b, "cc", 2) || strcmp (b + 8, ".s"))
    return false;
  for (int i = 2; i < 8; i++)
    if (!ISALNUM (b[i]))
      return false;
  return true;
}

/* Runs after the last small IPA pass, when every function has been
   through the early optimizations and so through the export pass: GCC is
   told what a slim -flto compile tells it, so it skips the regular IPA
   passes, the late optimizations, RTL and the output of functions and
   variables; PLUGIN_FINISH_UNIT still writes .gnu.xinline.  Nothing LTO
   is written: flag_generate_lto stays off.  When the assembly is the
   product (-S, e.g. Kbuild's asm-offsets.s), the unit is compiled in
   full.  */
static unsigned int
xe_stop_execute (function *)
{
  if (seen_error () || !xe_asm_is_temporary ())
    return 0;
  flag_lto = "";
  flag_fat_lto_objects = 0;
  return 0;
}

const pass_data xe_stop_pass_data = {
  SIMPLE_IPA_PASS, "xinline_export_only", OPTGROUP_NONE, TV_NONE,
  0, 0, 0, 0, 0
};

class xe_stop_pass : public simple_ipa_opt_pass
{
public:
  xe_stop_pass () : simple_ipa_opt_pass (xe_stop_pass_data, g) {}
  virtual unsigned int execute (function *fn) { return xe_stop_execute (fn); }
};

/* Inserts PASS next to (POS) the first instance of pass REF.  */
void
xe_add_pass (const char *plugin_name, opt_pass *pass, const char *ref,
             enum pass_positioning_ops pos)
{
  struct register_pass_info pi;
  pi.pass = pass;
  pi.reference_pass_name = ref;
  pi.ref_pass_instance_number = 1;
  pi.pos_op = pos;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pi);
}

/* Registers the export pass and callbacks (export mode).  */
void
xi_export_init (const char *plugin_name)
{
  xe_add_pass (plugin_name, new xe_pass (), "fnsplit", PASS_POS_INSERT_BEFORE);
  if (xi_opts.export_keep_calls)
    xe_add_pass (plugin_name, new xe_keep_pass (), "einline",
                 PASS_POS_INSERT_BEFORE);
  /* Export only: after the last of the small IPA passes (passes.def).  */
  if (xi_opts.export_only)
    xe_add_pass (plugin_name, new xe_stop_pass (), "emutls",
                 PASS_POS_INSERT_AFTER);
  if (xi_opts.hot_calls)
    xe_calls_init (plugin_name);
  register_callback (plugin_name, PLUGIN_START_UNIT, xe_start_unit, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START, xe_prepare,
                     NULL);
  register_callback (plugin_name, PLUGIN_FINISH_UNIT, xe_finish_unit, NULL);
}
