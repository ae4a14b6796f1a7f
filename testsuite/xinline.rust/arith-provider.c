/* Provider for arith.rs: integer arithmetic, checked arithmetic and the
   bit builtins, called from Rust.  */
#include <xinline.h>
#include <stdbool.h>
#include <stdint.h>

__xinline int xi_ar_add (int a, int b) { return a + b; }
__xinline long xi_ar_mul_add (long a, long b, long c) { return a * b + c; }
__xinline int xi_ar_div (int a, int b) { return b ? a / b : 0; }
__xinline int xi_ar_mod (int a, int b) { return b ? a % b : 0; }
__xinline unsigned xi_ar_udiv (unsigned a, unsigned b) { return b ? a / b : 0; }
__xinline int
xi_ar_shifts (int a, unsigned s)
{
  return (int) ((unsigned) a << (s & 7)) ^ (a >> (s & 3))
         ^ (int) ((unsigned) a >> (s & 15));
}
__xinline unsigned
xi_ar_rotl (unsigned x, unsigned n)
{
  return (x << (n & 31)) | (x >> ((32 - n) & 31));
}
__xinline int xi_ar_min (int a, int b) { return a < b ? a : b; }
__xinline unsigned long xi_ar_umax (unsigned long a, unsigned long b) { return a > b ? a : b; }
__xinline int xi_ar_abs (int a) { return a < 0 ? -a : a; }
__xinline long xi_ar_labs (long a) { return __builtin_labs (a); }
__xinline bool xi_ar_add_ovf (int a, int b, int *r) { return __builtin_add_overflow (a, b, r); }
__xinline bool
xi_ar_mul_ovf (unsigned long a, unsigned long b, unsigned long *r)
{
  return __builtin_mul_overflow (a, b, r);
}
__xinline bool xi_ar_sub_ovf (long a, unsigned b, short *r) { return __builtin_sub_overflow (a, b, r); }
__xinline bool xi_ar_add_ovf_p (unsigned char a, int b) { return __builtin_add_overflow_p (a, b, (unsigned char) 0); }
__xinline int
xi_ar_bits (unsigned x)
{
  return __builtin_popcount (x) * 1000 + (x ? __builtin_clz (x) : 99) * 10
         + __builtin_parity (x);
}
__xinline int xi_ar_ctz (unsigned long x) { return x ? __builtin_ctzl (x) : -1; }
__xinline int xi_ar_ffs (int x) { return __builtin_ffs (x); }
__xinline int xi_ar_clrsb (long x) { return __builtin_clrsbl (x); }
__xinline uint32_t xi_ar_bswap32 (uint32_t x) { return __builtin_bswap32 (x); }
__xinline uint64_t xi_ar_bswap64 (uint64_t x) { return __builtin_bswap64 (x); }
__xinline uint16_t xi_ar_bswap16 (uint16_t x) { return __builtin_bswap16 (x); }
__xinline signed char xi_ar_narrow (int x) { return (signed char) (x * 3); }
__xinline unsigned char xi_ar_uchar (unsigned char a, unsigned char b) { return a + b; }
__xinline bool xi_ar_is_even (long x) { return !(x & 1); }
__xinline long xi_ar_expect (long x) { return __builtin_expect (x > 5, 1) ? x * 2 : x; }
__xinline short xi_ar_sext (signed char c) { return c; }
__xinline unsigned long xi_ar_zext (unsigned short c) { return c; }
