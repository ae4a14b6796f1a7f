/* Provider for kern-static-state.c: helpers that share a static local
   of a static inline function they both inline (a header's private
   state).  In this program there is one such object; every helper call
   must see it.  */
#include <xinline.h>

static inline int *
xi_ss_state (void)
{
  static int state;
  return &state;
}

__xinline void xi_ss_set (int v) { *xi_ss_state () = v; }
__xinline int xi_ss_get (void) { return *xi_ss_state (); }
__xinline int xi_ss_next (void) { return ++*xi_ss_state (); }

/* Called out of line from the consumer (not inlined there). */
int xi_ss_get_outofline (void) { return *xi_ss_state (); }
