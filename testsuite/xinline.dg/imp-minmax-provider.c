/* Provider for imp-minmax.c: min/max/abs/clamp idioms and
   __builtin_expect.  */
#include <xinline.h>

__xinline int xi_mm_min (int a, int b) { return a < b ? a : b; }
__xinline unsigned xi_mm_umax (unsigned a, unsigned b) { return a > b ? a : b; }
__xinline long xi_mm_lmin3 (long a, long b, long c)
{
  long m = a < b ? a : b;
  return m < c ? m : c;
}
__xinline int xi_mm_clamp (int x, int lo, int hi)
{
  return x < lo ? lo : (x > hi ? hi : x);
}
__xinline unsigned xi_mm_abs (int x) { return x < 0 ? -(unsigned) x : (unsigned) x; }
__xinline int xi_mm_likely (int x)
{
  if (__builtin_expect (x > 0, 1))
    return x * 2;
  return -x;
}
__xinline unsigned char xi_mm_sat_u8 (int x)
{
  return x < 0 ? 0 : x > 255 ? 255 : (unsigned char) x;
}
