/* Provider for imp-bitfield.c: reading and writing signed, unsigned,
   1-bit _Bool and byte-straddling bitfields.  */
#include <xinline.h>
#include "imp-bitfield.h"

__xinline int xi_bf_s3 (const struct bf *p) { return p->s3; }
__xinline unsigned xi_bf_u5 (const struct bf *p) { return p->u5; }
__xinline _Bool xi_bf_flag (const struct bf *p) { return p->flag; }
__xinline unsigned xi_bf_straddle (const struct bf *p) { return p->straddle; }
__xinline int xi_bf_s13 (const struct bf *p) { return p->s13; }
__xinline unsigned long long xi_bf_big (const struct bf *p) { return p->big; }

__xinline void
xi_bf_set (struct bf *p, int v)
{
  p->s3 = v;
  p->u5 = v;
  p->flag = v & 0x100;
  p->straddle = v >> 2;
  p->s13 = v * 3;
  p->big = (unsigned long long) v * 0x10001ull;
}

__xinline void
xi_bf_inc (struct bf *p)
{
  p->s3++;
  p->u5 += 3;
  p->flag = !p->flag;
  p->straddle -= 7;
  p->s13 = (p->s13 > 4000) ? -4096 : p->s13 + 1;
  p->big <<= 1;
}
