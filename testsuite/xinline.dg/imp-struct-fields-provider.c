/* Provider for imp-struct-fields.c: helpers that read and write struct
   fields through pointers.  */
#include <xinline.h>
#include "imp-struct-fields.h"

__xinline int xi_sf_get_b (const struct sf *p) { return p->b; }
__xinline void xi_sf_set_c (struct sf *p, long v) { p->c = v; }
__xinline unsigned char xi_sf_get_a (const struct sf *p) { return p->a; }
__xinline void xi_sf_bump (struct sf *p, int by)
{
  p->a += by;
  p->b = (int) ((unsigned) p->b - (unsigned) by);
  p->c *= by;
  p->d[by & 3] ^= 0x5a;
}
__xinline long xi_sf_sum (const struct sf *p)
{
  return (long) p->a + p->b + p->c + p->d[0] + p->d[1] + p->d[2] + p->d[3];
}
__xinline void xi_sf_swap_ab (struct sf *p)
{
  int t = p->a;
  p->a = (unsigned char) p->b;
  p->b = t;
}
