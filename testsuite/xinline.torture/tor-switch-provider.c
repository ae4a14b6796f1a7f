/* Provider for tor-switch.c.  */
#include <xinline.h>

__xinline int xi_tw_class (int c)
{
  switch (c)
    {
    case 'a' ... 'z': return 1;
    case 'A' ... 'Z': return 2;
    case '0' ... '9': return 3;
    case ' ': case '\t': case '\n': return 4;
    case -128 ... -1: return 5;
    default: return 0;
    }
}

__xinline long xi_tw_sparse (long x, long y)
{
  switch (x)
    {
    case -1000000: y += 1;	/* fall through */
    case 3: y *= 2; break;
    case 77: return -y;
    case 1L << 40: y -= 5; break;
    }
  return y;
}
