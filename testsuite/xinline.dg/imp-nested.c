/* Nested structs, an array of structs and an anonymous inner struct,
   indexed with variables inside imported helpers: all inlined, same output
   as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-nested-provider.c" } */

#include <stdio.h>
#include "imp-nested.h"

extern int xi_nest_len (const struct poly *, int);
extern void xi_nest_set (struct poly *, int, int, short, short);
extern long xi_nest_w (const struct poly *, unsigned);
extern void xi_nest_addw (struct poly *, unsigned, long);
extern short xi_nest_get (const struct poly *, int, int, int);

volatile int nseg = 6;
volatile short base = -32768;

int
main (void)
{
  struct poly p = { 0 };
  p.n = nseg;
  for (int i = 0; i < p.n; i++)
    for (int j = 0; j < 2; j++)
      xi_nest_set (&p, i, j, (short) (base + i * 1000 + j * 77),
		   (short) (32767 - i * 3 * (j + 1)));
  for (int i = p.n - 1; i >= 0; i--)
    printf ("seg %d: tag=%u len=%d from=(%d,%d) to=(%d,%d)\n", i, p.s[i].tag,
	    xi_nest_len (&p, i), xi_nest_get (&p, i, 0, 0),
	    xi_nest_get (&p, i, 0, 1), xi_nest_get (&p, i, 1, 0),
	    xi_nest_get (&p, i, 1, 1));
  for (unsigned k = 0; k < 10; k++)
    xi_nest_addw (&p, k * (unsigned) nseg + k, (long) k * -0x100000001L);
  printf ("w: %ld %ld %ld %ld\n", xi_nest_w (&p, 0), xi_nest_w (&p, 1),
	  xi_nest_w (&p, 2), xi_nest_w (&p, 4294967295u));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_nest_len } } */
/* { dg-final { scan-objdump-calls-not xi_nest_set } } */
/* { dg-final { scan-objdump-calls-not xi_nest_w } } */
/* { dg-final { scan-objdump-calls-not xi_nest_addw } } */
/* { dg-final { scan-objdump-calls-not xi_nest_get } } */
