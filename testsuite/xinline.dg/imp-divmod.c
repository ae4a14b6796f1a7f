/* Division and modulo in imported helpers: signed and unsigned, 32 and 64
   bits, by variables (negative divisors, INT_MIN dividend) and by constants
   (7, 8, 10, -3, 1000, which GCC strength-reduces), and a floor-division
   helper.  All calls inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-divmod-provider.c" } */

#include <stdio.h>

extern int xi_dm_sdiv (int, int);
extern int xi_dm_smod (int, int);
extern unsigned xi_dm_udiv (unsigned, unsigned);
extern unsigned xi_dm_umod (unsigned, unsigned);
extern long xi_dm_ldiv (long, long);
extern unsigned long xi_dm_ulmod (unsigned long, unsigned long);
extern int xi_dm_div7 (int);
extern int xi_dm_mod8 (int);
extern unsigned xi_dm_udiv10 (unsigned);
extern long xi_dm_div_neg3 (long);
extern unsigned long xi_dm_umod1000 (unsigned long);
extern int xi_dm_floordiv (int, int);

volatile int a[] = { 0, 1, -1, 7, -7, 100, -100, 2147483647, -2147483647 - 1 };
volatile int b[] = { 1, -1, 2, -2, 3, 7, -8, 2147483647 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof a / sizeof a[0]; i++)
    {
      int x = a[i];
      printf ("%d: %d %d %u %ld %d %lu\n", x, xi_dm_div7 (x), xi_dm_mod8 (x),
	      xi_dm_udiv10 ((unsigned) x), xi_dm_div_neg3 ((long) x * 3 + 1),
	      xi_dm_floordiv (x, 4),
	      xi_dm_umod1000 ((unsigned long) x * 0x100000001ul));
      for (unsigned j = 0; j < sizeof b / sizeof b[0]; j++)
	{
	  int y = b[j];
	  if (x == -2147483647 - 1 && y == -1)
	    continue;		/* overflow: undefined */
	  printf ("  /%d: %d %d %u %u %ld %lu %d\n", y, xi_dm_sdiv (x, y),
		  xi_dm_smod (x, y), xi_dm_udiv ((unsigned) x, (unsigned) y),
		  xi_dm_umod ((unsigned) x, (unsigned) y),
		  xi_dm_ldiv ((long) x << 20, y),
		  xi_dm_ulmod ((unsigned long) (long) x, (unsigned long) (long) y),
		  xi_dm_floordiv (x, y));
	}
    }
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_dm_sdiv } } */
/* { dg-final { scan-objdump-calls-not xi_dm_smod } } */
/* { dg-final { scan-objdump-calls-not xi_dm_udiv } } */
/* { dg-final { scan-objdump-calls-not xi_dm_umod } } */
/* { dg-final { scan-objdump-calls-not xi_dm_ldiv } } */
/* { dg-final { scan-objdump-calls-not xi_dm_ulmod } } */
/* { dg-final { scan-objdump-calls-not xi_dm_div7 } } */
/* { dg-final { scan-objdump-calls-not xi_dm_mod8 } } */
/* { dg-final { scan-objdump-calls-not xi_dm_udiv10 } } */
/* { dg-final { scan-objdump-calls-not xi_dm_div_neg3 } } */
/* { dg-final { scan-objdump-calls-not xi_dm_umod1000 } } */
/* { dg-final { scan-objdump-calls-not xi_dm_floordiv } } */
