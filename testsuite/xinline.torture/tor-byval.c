/* Aggregates passed and returned by value (4..56 bytes, one with a
   double, a union) in loops and branches, a helper calling external
   functions with aggregates and another helper: imported and inlined at
   every optimization level, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-byval-provider.c" } */

#include <stdio.h>
#include "tor-byval.h"

extern struct tb_small xi_tb_small (struct tb_small, int);
extern struct tb_pair xi_tb_pair (struct tb_pair, struct tb_small);
extern struct tb_mix xi_tb_mix (struct tb_mix, struct tb_pair);
extern struct tb_big xi_tb_big (const struct tb_big *, int);
extern long xi_tb_chain (struct tb_big, long);
extern union tb_u xi_tb_u (union tb_u);

__attribute__ ((noipa)) struct tb_pair
tb_ext_pair (long a, long b)
{
  return (struct tb_pair) { a - b, a + b };
}

__attribute__ ((noipa)) long
tb_ext_big (struct tb_big b)
{
  long s = b.tag;
  for (int i = 0; i < 6; i++)
    s += b.v[i] * (i + 1);
  return s;
}

volatile int seed = 5;

int
main (void)
{
  struct tb_small s = { 1, 20 };
  struct tb_pair p = { 10, -3 };
  struct tb_mix m = { 0.25, 100 };
  struct tb_big b = { { 1, 2, 3, 4, 5, 6 }, 9 };
  union tb_u u = { .l = 0x0000000700000005UL };
  long acc = 0;
  for (int i = 0; i < 12; i++)
    {
      s = xi_tb_small (s, i + seed);
      p = xi_tb_pair (p, s);
      m = xi_tb_mix (m, p);
      b = xi_tb_big (&b, i);
      u = xi_tb_u (u);
      acc += xi_tb_chain (b, i);
    }
  printf ("%d %d %ld %ld %g %ld\n", s.lo, s.hi, p.a, p.b, m.d, m.n);
  for (int i = 0; i < 6; i++)
    printf ("%ld ", b.v[i]);
  printf ("%d %lx %ld\n", b.tag, u.l, acc);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tb_small } } */
/* { dg-final { scan-objdump-calls-not xi_tb_pair } } */
/* { dg-final { scan-objdump-calls-not xi_tb_mix } } */
/* { dg-final { scan-objdump-calls-not xi_tb_big } } */
/* { dg-final { scan-objdump-calls-not xi_tb_chain } } */
/* { dg-final { scan-objdump-calls-not xi_tb_u } } */
