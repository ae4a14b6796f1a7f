/* Provider for tor-volatile.c.  */
#include <xinline.h>

__xinline void xi_tv_kick (volatile unsigned *reg, unsigned v)
{
  *reg = v;
  *reg = v | 1;
}
__xinline unsigned xi_tv_poll (volatile unsigned *reg)
{
  unsigned a = *reg;
  unsigned b = *reg;
  return a + b;
}
