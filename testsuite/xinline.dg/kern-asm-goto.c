/* asm goto in imported helpers (kern-asm-goto-provider.c): one label, a
   label whose block has a PHI fed over the asm goto edge, several labels
   by number and name, an output, a jump-label style entry with "i" (&key)
   and %c0 in a pushed section, a loop, a tied output with a numbered
   label, and a try_cmpxchg shape.  All inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "kern-asm-goto-provider.c" } */

#include <stdio.h>

extern int xi_kg_bit (const unsigned long *, long);
extern int xi_kg_phi (int, int);
extern int xi_kg_three (long);
extern long xi_kg_out (long, long);
extern int xi_kg_static_branch (void);
extern int xi_kg_count (unsigned long);
extern long xi_kg_tied (long, long);
extern int xi_kg_try_cmpxchg (long *, long *, long);

volatile long vin[] = { 0, 1, -1, 5, -7, 0x7fffffffffffffffl, 42, 1l << 40 };
#define N (sizeof vin / sizeof vin[0])

int
main (void)
{
  unsigned long w = 0x8000000000000a5ul;
  for (unsigned i = 0; i < N; i++)
    {
      long v = vin[i], u = vin[(i + 1) % N];
      printf ("%d %d %d %ld %d\n", xi_kg_bit (&w, i * 3), xi_kg_phi (v, u),
	      xi_kg_three (v), xi_kg_out (v, u), xi_kg_count (v));
    }
  printf ("%d\n", xi_kg_static_branch ());
  for (unsigned i = 0; i < N; i++)
    printf ("%ld ", xi_kg_tied (vin[i], vin[(i + 5) % N]));
  long x = 10, old = 9;
  int r = xi_kg_try_cmpxchg (&x, &old, 20);
  printf ("%d %ld %ld ", r, x, old);
  r = xi_kg_try_cmpxchg (&x, &old, 20);
  printf ("%d %ld %ld\n", r, x, old);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_kg_bit } } */
/* { dg-final { scan-objdump-calls-not xi_kg_phi } } */
/* { dg-final { scan-objdump-calls-not xi_kg_three } } */
/* { dg-final { scan-objdump-calls-not xi_kg_out } } */
/* { dg-final { scan-objdump-calls-not xi_kg_static_branch } } */
/* { dg-final { scan-objdump-calls-not xi_kg_count } } */
/* { dg-final { scan-objdump-calls-not xi_kg_tied } } */
/* { dg-final { scan-objdump-calls-not xi_kg_try_cmpxchg } } */
/* { dg-final { scan-assembler "\\.pushsection xi_jump_table" } } */
/* { dg-final { scan-assembler "\\.quad xi_kg_key_a - \\." } } */
