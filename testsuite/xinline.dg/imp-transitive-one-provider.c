/* Provider for imp-transitive-one.c: xi_t1_inner is too big for the
   provider's early inliner, so the exported body of xi_t1_outer still
   calls it.  */
#include <xinline.h>

__xinline unsigned xi_t1_inner (unsigned x, unsigned k)
{
  unsigned h = 2166136261u;
  for (unsigned i = 0; i < k; i++)
    {
      h ^= (x >> (i & 31)) & 0xff;
      h *= 16777619u;
      if (h & 0x80000000u)
	h ^= h >> 7;
      else
	h += x * i;
    }
  return h ^ (h >> 13);
}

__xinline unsigned xi_t1_outer (unsigned x)
{
  return xi_t1_inner (x, 8) + xi_t1_inner (x ^ 0x5555u, 3) + xi_t1_inner (~x, 5);
}
