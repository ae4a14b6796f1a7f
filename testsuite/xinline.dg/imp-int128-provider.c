/* Provider for imp-int128.c and the torture test tor-int128.c: 128-bit
   integers in signatures and bodies, constants of both halves, the
   kernel's mul_u64_u64_shr, checked arithmetic, loads, stores and a
   16-byte memcpy.  */
#include <xinline.h>
#include <stdint.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

__xinline s128 xi_w_triple (s128 a) { return a * 3 - 7; }
__xinline u128 xi_w_xorc (u128 a)
{
  return a ^ (((u128) 0x0123456789abcdefull << 64) | 0xfedcba9876543210ull);
}
__xinline s128 xi_w_negc (s128 a) { return a + (-((s128) 1 << 100)); }
__xinline uint64_t xi_w_mul_shr (uint64_t a, uint64_t mul, unsigned shift)
{
  return (uint64_t) (((u128) a * mul) >> (shift & 127));
}
__xinline u128 xi_w_shl (u128 a, unsigned n) { return a << (n & 127); }
__xinline s128 xi_w_sar (s128 a, unsigned n) { return a >> (n & 127); }
__xinline s128 xi_w_div (s128 a, s128 b) { return b ? a / b : 0; }
__xinline u128 xi_w_umod (u128 a, u128 b) { return b ? a % b : a; }
__xinline int xi_w_cmp (s128 a, s128 b) { return (a < b) - (a > b); }
__xinline int xi_w_ucmp (u128 a, u128 b) { return a <= b; }
__xinline int64_t xi_w_trunc (s128 a) { return (int64_t) a; }
__xinline s128 xi_w_sext (int32_t a) { return a; }
__xinline u128 xi_w_zext (uint64_t a) { return a; }
__xinline int xi_w_add_ovf (s128 a, s128 b, s128 *r)
{
  return __builtin_add_overflow (a, b, r);
}
__xinline int xi_w_mul_ovf (u128 a, u128 b)
{
  u128 r;
  return __builtin_mul_overflow (a, b, &r);
}
__xinline u128 xi_w_load (const u128 *p, unsigned i) { return p[i] + 1; }
__xinline void xi_w_store (s128 *p, s128 v) { p[1] = v; p[0] = -v; }
__xinline void xi_w_copy16 (void *d, const void *s) { memcpy (d, s, 16); }
__xinline u128 xi_w_minmax (u128 a, u128 b, int max)
{
  return max ? (a > b ? a : b) : (a < b ? a : b);
}
