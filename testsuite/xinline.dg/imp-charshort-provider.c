/* Provider for imp-charshort.c: char and short parameters and results
   (promoted at calls on this target).  */
#include <xinline.h>

__xinline int xi_cs_widen (signed char c, unsigned char u, short s,
			   unsigned short us)
{
  return c * 1000000 + u * 10000 + s + us;
}
__xinline char xi_cs_upper (char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
__xinline short xi_cs_add (short a, short b) { return (short) (a + b); }
__xinline unsigned char xi_cs_hi (unsigned short v) { return (unsigned char) (v >> 8); }
__xinline signed char xi_cs_neg (signed char c) { return (signed char) -c; }
__xinline unsigned short xi_cs_swap (unsigned short v)
{
  return (unsigned short) ((v << 8) | (v >> 8));
}
