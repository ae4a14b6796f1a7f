/* External globals of the provider (a counter, an array, an extern const
   table, a struct) read and written by imported helpers and by the
   consumer directly, at every optimization level: all inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-globals-provider.c" } */

#include <stdio.h>

extern unsigned tg_seq;
extern int tg_ring[16];
extern const signed char tg_delta[8];
extern struct tg_stats { long hits, misses; } tg_stats;

extern unsigned xi_tg_next (void);
extern void xi_tg_put (int);
extern int xi_tg_get (unsigned);
extern void xi_tg_hit (int);

volatile int vin = 3;

int
main (void)
{
  for (int i = 0; i < 20; i++)
    xi_tg_put (i * vin - 25);
  tg_seq += 100;
  unsigned a = xi_tg_next ();
  unsigned b = xi_tg_next ();
  printf ("%u %u %u\n", a, b, tg_seq);
  for (unsigned i = 0; i < 16; i++)
    {
      int v = xi_tg_get (i + (unsigned) vin);
      xi_tg_hit (v > 0);
      printf ("%d ", v);
    }
  printf ("\n%ld %ld %d\n", tg_stats.hits, tg_stats.misses, tg_delta[vin]);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tg_next } } */
/* { dg-final { scan-objdump-calls-not xi_tg_put } } */
/* { dg-final { scan-objdump-calls-not xi_tg_get } } */
/* { dg-final { scan-objdump-calls-not xi_tg_hit } } */
