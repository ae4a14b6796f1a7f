/* Provider for imp-inline-static.c: a helper that inlines a static inline
   function with a WARN_ONCE-style static flag; and one whose own static
   local makes it refused.  */
#include <xinline.h>
#include <stdio.h>

static inline int
warn_once (int cond)
{
  static int done;             /* per unit, like the header's copy */
  if (cond && !done)
    {
      done = 1;
      return 1;
    }
  return 0;
}

__xinline int xi_is_checked (int v) { return warn_once (v < 0) + v; }
__xinline int xi_is_own (int v) { static int calls; return v + ++calls; }
