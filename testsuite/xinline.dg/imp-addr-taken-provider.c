/* Provider for imp-addr-taken.c.  */
#include <xinline.h>

int at_calls;			/* counts real (out-of-line) calls */

__xinline int xi_at_inc (int x)
{
  return x + 1;
}

__xinline int xi_at_count (int x)
{
  at_calls++;
  return x * 2;
}
