/* Provider for imp-recursive.c: a recursive helper and helpers that are
   not exported (static state, thread-local state).  */
#include <xinline.h>

static int rc_count;
__thread int rc_tls = 3;

__xinline unsigned xi_rc_fib (unsigned n)
{
  return n < 2 ? n : xi_rc_fib (n - 1) + xi_rc_fib (n - 2);
}
__xinline int xi_rc_count (void) { return ++rc_count; }
__xinline int xi_rc_tls (void) { return rc_tls++; }
