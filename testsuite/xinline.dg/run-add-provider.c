/* Provider for run-add.c.  */
#include <xinline.h>

__xinline int xi_add (int a, int b) { return a + b; }
__xinline unsigned xi_mask (unsigned x, unsigned bits)
{
  return x & ((1u << bits) - 1);
}
