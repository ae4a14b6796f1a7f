/* xinline-gcc.h - the one place that includes GCC's internal headers.
 *
 * GCC's headers must come in a particular order (config.h/system.h first,
 * then coretypes.h and tm.h, and so on); every GCC-facing file of the plugin
 * includes this header and nothing else from GCC.  Version differences are
 * hidden here too.  Supported: GCC 11 and 12 (tested: 12.2).
 */
#ifndef XINLINE_GCC_H
#define XINLINE_GCC_H

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
/* Must precede diagnostic-core.h.  */
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "gimple.h"
#include "tree-pass.h"
#include "ssa.h"
#include "cgraph.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "fold-const.h"
#include "stor-layout.h"
#include "stringpool.h"
#include "attribs.h"
#include "varasm.h"
#include "output.h"
#include "tree-cfg.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "tree-pretty-print.h"
#include "gimplify.h"
#include "function.h"
#include "basic-block.h"
#include "builtins.h"
#include "internal-fn.h"
#include "langhooks.h"
#include "toplev.h"
#include "opts.h"
#include "flags.h"
#include "intl.h"
#include "tree-iterator.h"
#include "print-tree.h"
#include "context.h"
#include "ipa-utils.h"
#include "cfgloop.h"
#include "gimple-walk.h"
#include "tree-dfa.h"

#if BUILDING_GCC_VERSION < 11000
#error "xinline needs GCC 11 or newer"
#endif

/* GCC 12 renamed the .c sources to .cc but kept the interfaces we use.  */

/* The last statement of BB, or NULL (GCC 14 removed last_stmt).  */
static inline gimple *
xi_last_stmt (basic_block bb)
{
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
  return gsi_end_p (gsi) ? NULL : gsi_stmt (gsi);
}

#endif /* XINLINE_GCC_H */
