/* Provider for imp-volatile.c: volatile loads and stores through
   pointers.  */
#include <xinline.h>

__xinline void xi_vol_store2 (volatile int *p, int v)
{
  *p = v;
  *p = v;		/* must stay: the first store is not dead */
}

__xinline int xi_vol_load2 (volatile int *p)
{
  int a = *p;
  int b = *p;		/* must stay: two reads */
  return a - b;
}

__xinline void xi_vol_copy (volatile unsigned char *dst,
			    const volatile unsigned char *src, int n)
{
  for (int i = 0; i < n; i++)
    dst[i] = src[i];
}
