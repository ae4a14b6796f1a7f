/* Provider for tor-bitops.c.  */
#include <xinline.h>
#include <stdint.h>

__xinline int xi_tbo_fls (uint32_t x) { return x ? 32 - __builtin_clz (x) : 0; }
__xinline int xi_tbo_ffs64 (uint64_t x) { return x ? __builtin_ctzll (x) + 1 : 0; }
__xinline int xi_tbo_weight (uint64_t x) { return __builtin_popcountll (x); }
__xinline uint32_t xi_tbo_be32 (uint32_t x) { return __builtin_bswap32 (x); }
__xinline uint64_t xi_tbo_be64 (uint64_t x) { return __builtin_bswap64 (x); }
__xinline int xi_tbo_pow2 (unsigned long x) { return x && !(x & (x - 1)); }
__xinline unsigned long xi_tbo_roundup (unsigned long x)
{
  return x <= 1 ? 1 : 1ul << (64 - __builtin_clzl (x - 1));
}
__xinline int xi_tbo_expect (int x)
{
  if (__builtin_expect (x == 0, 0))
    return -1;
  return __builtin_expect (x, 5) * 2;
}
