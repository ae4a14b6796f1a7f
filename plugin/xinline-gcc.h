/* xinline-gcc.h - the one place that includes GCC's internal headers, and
 * the shims that hide the differences between the GCC releases the plugin
 * builds with (modelled on the kernel's scripts/gcc-plugins/gcc-common.h).
 *
 * Every GCC-facing file of the plugin includes this header first and no
 * other GCC header.  Supported: GCC 11 and newer; built and tested with
 * GCC 11 and 12 (make check passes with both).  GCC 13 and 14 cannot be
 * installed here: the GCC calls of the plugin's sources were checked
 * against the API changes of those releases known to break plugins (the
 * kernel's gcc-plugins fixes, GCC's sources), and each one that touches
 * this plugin has a shim or a note below naming the release.
 *
 * A file that needs the plugin-version.h data (gcc_version, a static
 * object in that header) defines XI_NEED_GCC_VERSION before including this.
 */
#ifndef XINLINE_GCC_H
#define XINLINE_GCC_H

/* BUILDING_GCC_VERSION: major * 1000 + minor of the GCC whose headers
   these are.  Checked before anything else is parsed.  */
#include "bversion.h"
#if BUILDING_GCC_VERSION < 11000
#error "xinline needs the plugin headers of GCC 11 or newer"
#endif

/* ---- include order --------------------------------------------------------
   gcc-plugin.h first (it brings config.h, system.h, coretypes.h and the
   basic CFG headers); then tm.h and tree.h; c-family/c-common.h before
   diagnostic-core.h (it sets the C front end's diagnostic format style and
   errors out if diagnostic-core.h came first); GIMPLE headers after
   gimple.h, gimple-iterator.h right after it (GCC 13: gimple-fold.h must
   come after gimple-iterator.h; this plugin does not use gimple-fold.h).  */
#include "gcc-plugin.h"
#ifdef XI_NEED_GCC_VERSION
#include "plugin-version.h"
#endif
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "target.h"
#include "tm.h"
#include "tree.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "gimple-pretty-print.h"
#include "gimplify.h"
#include "tree-pass.h"
#include "ssa.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "fold-const.h"
#include "stor-layout.h"
#include "stringpool.h"
#include "attribs.h"
#include "varasm.h"
#include "output.h"
#include "tree-cfg.h"
#include "tree-dfa.h"
#include "tree-iterator.h"
#include "tree-pretty-print.h"
#include "print-tree.h"
#include "function.h"
#include "basic-block.h"
#include "cfgloop.h"
#include "predict.h"
#include "sreal.h"
#include "builtins.h"
#include "internal-fn.h"
#include "langhooks.h"
#include "toplev.h"
#include "opts.h"
#include "flags.h"
#include "intl.h"
#include "context.h"

/* ---- shims ------------------------------------------------------------- */

/* The last non-debug statement of BB, or NULL.  GCC 14 removed
   last_stmt () (renamed last_nondebug_stmt ()); gsi_last_nondebug_bb ()
   computes the same in every release.  */
static inline gimple *
xi_last_stmt (basic_block bb)
{
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
  return gsi_end_p (gsi) ? NULL : gsi_stmt (gsi);
}

/* The C front end's preprocessor, or NULL.  parse_in is defined by cc1
   only.  With -flto the driver passes -fplugin to the link-time compiler
   lto1 too, whose dlopen (RTLD_NOW) would refuse a plugin with an
   undefined parse_in: it is weak, so the plugin loads there, where the
   variable itself is absent (its address is NULL).  Every other GCC
   symbol the plugin uses is exported by both cc1 and lto1.  */
extern cpp_reader *parse_in __attribute__ ((weak));

static inline cpp_reader *
xi_parse_in (void)
{
  return &parse_in ? parse_in : NULL;
}

/* Notes on GCC API changes that need no shim here:
   - GCC 14 reworked the attribute tables (scoped_attribute_specs), but
     register_attribute (const attribute_spec *) for plugins and the
     attribute_spec fields used by xinline.c are unchanged.
   - GCC 12 renamed GCC's own sources from .c to .cc; no interface used
     here changed with it.  */

#endif /* XINLINE_GCC_H */
