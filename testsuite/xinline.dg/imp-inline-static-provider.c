/* Provider for imp-inline-static.c: a helper that inlines a static inline
   function with a WARN_ONCE-style "once" flag (in .data.once, as the
   kernel's); one whose static inline callee keeps other static state; and
   one whose own static local makes it refused.  */
#include <xinline.h>
#include <stdio.h>

static inline int
warn_once (int cond)
{
  static int done __attribute__ ((section (".data.once")));
  if (cond && !done)
    {
      done = 1;
      return 1;
    }
  return 0;
}

static inline int *
state (void)
{
  static int s;                /* shared state: must not be copied */
  return &s;
}

__xinline int xi_is_checked (int v) { return warn_once (v < 0) + v; }
__xinline void xi_is_set (int v) { *state () = v; }
__xinline int xi_is_get (void) { return *state (); }
__xinline int xi_is_own (int v) { static int calls; return v + ++calls; }
