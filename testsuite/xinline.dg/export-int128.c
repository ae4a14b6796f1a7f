/* 128-bit integers (__int128, the kernel's u128) are exported: in the
   signature, only in the body (mul_u64_u64_shr's high part), as
   constants with both halves.  A switch on a 128-bit value is still
   refused (case values are 64-bit in the IR).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline __int128
xi_triple (__int128 a)
{
  return a * 3;
}

__xinline unsigned long
xi_mulhi (unsigned long a, unsigned long b)
{
  return (unsigned long) (((unsigned __int128) a * b) >> 64);
}

__xinline unsigned __int128
xi_wide_const (unsigned __int128 a)
{
  return a ^ (((unsigned __int128) 0x0123456789abcdefull << 64)
              | 0xfedcba9876543210ull);
}

__xinline unsigned long
xi_mullo (unsigned long a, unsigned long b)
{
  return a * b;
}

extern int sw_a (void), sw_b (void), sw_c (void), sw_d (void);

__xinline int
xi_switch128 (__int128 v) /* { dg-note "xinline: 'xi_switch128' not exported: it switches on a 128-bit integer \\(the IR's case values have 64 bits\\): compare with if/else instead" } */
{
  switch (v)
    {
    case 1: return sw_a ();
    case 20: return sw_b ();
    case 300: return sw_c ();
    case 4000: return sw_d ();
    default: return 0;
    }
}

/* { dg-final { scan-xinline-exported xi_triple } } */
/* { dg-final { scan-xinline-exported xi_mulhi } } */
/* { dg-final { scan-xinline-exported xi_wide_const } } */
/* { dg-final { scan-xinline-exported xi_mullo } } */
/* { dg-final { scan-xinline-not-exported xi_switch128 } } */
