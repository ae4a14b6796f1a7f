/* Provider for diff-bitfield-bool.c: a 1-bit unsigned bit-field ANDed
   with a comparison.  */
#include <xinline.h>
#include "diff-bitfield-bool.h"

__xinline _Bool xi_bb_and (struct xi_bb *p, int a, int b)
{
  return p->f & (a < b);
}

__xinline _Bool xi_bb_or (struct xi_bb *p, int a, int b)
{
  return p->g | (a == b);
}
