/* Provider for imp-debug.c (built without -g).  */
#include <xinline.h>

struct dbg_s { int a; long b; };

__xinline long xi_dbg_sum (const struct dbg_s *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i].a * p[i].b;
  return s;
}
__xinline int xi_dbg_sel (int c, int x, int y) { return c ? x : y; }
