/* Switches in imported helpers: dense with default and fall-through,
   sparse with extreme labels and no default, case ranges on unsigned char
   and on short with and without default.  All calls inlined, same output
   as without the plugin at the edge values.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-switch-provider.c" } */

#include <stdio.h>

extern int xi_sw_dense (int);
extern long xi_sw_sparse (long);
extern int xi_sw_range (unsigned char);
extern int xi_sw_range_def (short);

volatile long lv[] = { -2147483648L, -2147483647L, -7, -6, 0, 13, 999, 1000,
		       65536, 65537, 9223372036854775807L,
		       -9223372036854775807L - 1 };
volatile short sv[] = { -32768, -1000, -999, -1, 0, 1, 5, 6, 31999, 32000,
			32767 };

int
main (void)
{
  for (volatile int i = -3; i < 11; i++)
    printf ("dense %d -> %d\n", i, xi_sw_dense (i));
  for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++)
    printf ("sparse %ld -> %ld\n", lv[i], xi_sw_sparse (lv[i]));
  for (volatile int c = 0; c < 256; c += 1)
    printf ("%d", xi_sw_range ((unsigned char) c));
  printf ("\n");
  for (unsigned i = 0; i < sizeof sv / sizeof sv[0]; i++)
    printf ("range_def %d -> %d\n", sv[i], xi_sw_range_def (sv[i]));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_sw_dense } } */
/* { dg-final { scan-objdump-calls-not xi_sw_sparse } } */
/* { dg-final { scan-objdump-calls-not xi_sw_range } } */
/* { dg-final { scan-objdump-calls-not xi_sw_range_def } } */
