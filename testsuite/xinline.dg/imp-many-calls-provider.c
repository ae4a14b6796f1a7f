/* Provider for imp-many-calls.c: a helper of a dozen statements.  */
#include <xinline.h>

__xinline unsigned xi_mc_step (unsigned s, int k)
{
  unsigned x = s ^ (unsigned) k;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  if (k < 0)
    x += (unsigned) -k;
  else
    x -= (unsigned) k * 3u;
  return x % 1000003u;
}

__xinline unsigned xi_mc_fin (unsigned s) { return s ^ (s >> 16); }
