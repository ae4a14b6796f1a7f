/* Provider for imp-bitops.c: __builtin_clz, ctz, popcount, bswap32/64, ffs,
   parity and clrsb.  */
#include <xinline.h>
#include <stdint.h>

__xinline int xi_bo_clz (unsigned x) { return x ? __builtin_clz (x) : 32; }
__xinline int xi_bo_ctz (unsigned x) { return x ? __builtin_ctz (x) : 32; }
__xinline int xi_bo_clzll (unsigned long long x) { return x ? __builtin_clzll (x) : 64; }
__xinline int xi_bo_ctzll (unsigned long long x) { return x ? __builtin_ctzll (x) : 64; }
__xinline int xi_bo_pop (unsigned x) { return __builtin_popcount (x); }
__xinline int xi_bo_popll (unsigned long long x) { return __builtin_popcountll (x); }
__xinline uint32_t xi_bo_bswap32 (uint32_t x) { return __builtin_bswap32 (x); }
__xinline uint64_t xi_bo_bswap64 (uint64_t x) { return __builtin_bswap64 (x); }
__xinline int xi_bo_ffs (int x) { return __builtin_ffs (x); }
__xinline int xi_bo_parity (unsigned x) { return __builtin_parity (x); }
__xinline int xi_bo_clrsb (int x) { return __builtin_clrsb (x); }
__xinline unsigned xi_bo_log2 (unsigned long x)
{
  return x ? 63 - __builtin_clzl (x) : 0;
}
