/* Provider for tor-slot.c.  */
#include <xinline.h>

extern void ts_scale (int *p, int n, int k);

__xinline int xi_tsl_sum3 (int a, int b, int c)
{
  int t[3] = { a, b, c };
  ts_scale (t, 3, 2);
  return t[0] + t[1] * 10 + t[2] * 100;
}
__xinline int xi_tsl_param (int x)
{
  ts_scale (&x, 1, 3);
  return x;
}
