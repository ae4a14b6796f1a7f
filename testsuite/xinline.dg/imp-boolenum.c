/* _Bool and enum parameters and return values of imported helpers: bools
   built from non-0/1 values, enums with negative and sparse values, an
   enum value outside its enumerators.  All calls inlined, same output as
   without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-boolenum-provider.c" } */

#include <stdio.h>
#include <stdbool.h>

enum be_color { BE_RED, BE_GREEN = 5, BE_BLUE = 100, BE_NEG = -3 };
enum be_big { BE_BIG = 0x7fffffff };

extern bool xi_be_xor (bool, bool);
extern bool xi_be_nonzero (long);
extern int xi_be_count (bool, bool, bool);
extern bool xi_be_not (bool);
extern enum be_color xi_be_next (enum be_color);
extern int xi_be_weight (enum be_color, bool);
extern bool xi_be_is_big (enum be_big, int);

volatile long lv[] = { 0, 1, 2, -1, 256, 0x100000000L, -9223372036854775807L - 1 };
volatile int ci[] = { BE_RED, BE_GREEN, BE_BLUE, BE_NEG, 42 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++)
    {
      bool b = xi_be_nonzero (lv[i]);
      bool c = lv[i] & 1;
      printf ("%ld: %d %d %d %d %d\n", lv[i], b, xi_be_not (b), xi_be_xor (b, c),
	      xi_be_count (b, c, xi_be_not (c)), (int) sizeof (xi_be_not (b)));
    }
  for (unsigned i = 0; i < sizeof ci / sizeof ci[0]; i++)
    {
      enum be_color c = (enum be_color) ci[i];
      printf ("%d -> %d w=%d,%d\n", ci[i], xi_be_next (c), xi_be_weight (c, 0),
	      xi_be_weight (c, ci[i] & 1));
    }
  printf ("%d %d\n", xi_be_is_big (BE_BIG, ci[2]), xi_be_is_big (BE_BIG, 0x7fffffff));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_be_xor } } */
/* { dg-final { scan-objdump-calls-not xi_be_nonzero } } */
/* { dg-final { scan-objdump-calls-not xi_be_count } } */
/* { dg-final { scan-objdump-calls-not xi_be_not } } */
/* { dg-final { scan-objdump-calls-not xi_be_next } } */
/* { dg-final { scan-objdump-calls-not xi_be_weight } } */
/* { dg-final { scan-objdump-calls-not xi_be_is_big } } */
