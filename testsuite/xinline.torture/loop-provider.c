/* Provider for loop.c.  */
#include <xinline.h>

__xinline int xi_clamp (int x, int lo, int hi)
{
  return x < lo ? lo : x > hi ? hi : x;
}

__xinline void xi_store (int *p, int v) { *p = v; }
