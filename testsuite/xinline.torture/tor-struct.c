/* Struct and nested-struct fields, an array of structs indexed by
   variables, read and written by imported helpers at every optimization
   level: all inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-struct-provider.c" } */

#include <stdio.h>
#include <string.h>

struct ts_item { unsigned char kind; short w; int v; long long acc; };
struct ts_list { int n; struct ts_item it[8]; struct { int lo, hi; } lim; };

extern void xi_ts_push (struct ts_list *, unsigned char, int);
extern long long xi_ts_total (const struct ts_list *, int);
extern int xi_ts_inlim (const struct ts_list *, int);

volatile int seed = 7;

int
main (void)
{
  struct ts_list l;
  memset (&l, 0, sizeof l);
  l.lim.lo = -100;
  l.lim.hi = 100000;
  int v = seed;
  for (int i = 0; i < 20; i++)
    {
      v = v * 1103515245 % 2147483 - 1000000;
      xi_ts_push (&l, (unsigned char) (i % 3), v);
    }
  for (int k = 0; k < 4; k++)
    printf ("kind %d: %lld\n", k, xi_ts_total (&l, k));
  for (int i = 0; i < 8; i++)
    printf ("%d", xi_ts_inlim (&l, i + seed));
  printf (" n=%d\n", l.n);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ts_push } } */
/* { dg-final { scan-objdump-calls-not xi_ts_total } } */
/* { dg-final { scan-objdump-calls-not xi_ts_inlim } } */
