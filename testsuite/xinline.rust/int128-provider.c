/* Provider for int128.rs: 128-bit integers (the kernel's u128 in
   mul_u64_u64_shr and friends): parameters and results, constants with
   high bits, arithmetic, shifts, division, comparisons, conversions,
   memory.  */
#include <xinline.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

__xinline u128 xi_i8_add (u128 a, u128 b) { return a + b; }
__xinline s128 xi_i8_sub (s128 a, s128 b) { return a - b; }
__xinline u128 xi_i8_mul (u128 a, u128 b) { return a * b; }
__xinline s128 xi_i8_neg (s128 a) { return -a; }

/* The kernel's mul_u64_u64_shr (include/linux/math64.h).  */
__xinline unsigned long
xi_i8_mul_shr (unsigned long a, unsigned long mul, unsigned int shift)
{
  return (unsigned long) (((u128) a * mul) >> shift);
}

__xinline u128
xi_i8_const (u128 a)
{
  return (a ^ (((u128) 0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL))
         + (((u128) 1) << 100);
}

__xinline s128 xi_i8_sconst (s128 a) { return a * -3 + (((s128) -5) << 70); }
__xinline u128 xi_i8_shl (u128 a, int n) { return a << (n & 127); }
__xinline s128 xi_i8_sar (s128 a, int n) { return a >> (n & 127); }
__xinline u128 xi_i8_div (u128 a, u128 b) { return b ? a / b : 0; }
__xinline s128 xi_i8_srem (s128 a, s128 b) { return b ? a % b : 0; }
__xinline int xi_i8_lt (s128 a, s128 b) { return a < b; }
__xinline int xi_i8_ult (u128 a, u128 b) { return a < b; }
__xinline long xi_i8_hi (s128 a) { return (long) (a >> 64); }
__xinline s128 xi_i8_from (long a) { return a; }
__xinline u128 xi_i8_ufrom (long a) { return (unsigned long) a; }

struct xi_i8_acc { u128 sum; unsigned long n; };

__xinline void
xi_i8_acc_add (struct xi_i8_acc *p, unsigned long v)
{
  p->sum += (u128) v * v;
  p->n++;
}

/* A 16-byte copy GCC does as one __int128 move.  */
__xinline void
xi_i8_copy (void *d, const void *s)
{
  __builtin_memcpy (d, s, 16);
}
