/* Helpers selected by an export glob (-fplugin-arg-xinline-export=gb_*)
   are imported and inlined; a provider function outside the glob is not
   in the DB and stays a call.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-glob-provider.c" "-fplugin-arg-xinline-export=gb_*" } */

#include <stdio.h>

extern int gb_twice (int);
extern int gb_neg (int);
extern int other_fn (int);

volatile int vin = 21;

int
main (void)
{
  printf ("%d %d %d\n", gb_twice (vin), gb_neg (vin), other_fn (vin));
  return 0;
}

/* { dg-final { scan-objdump-calls-not gb_twice } } */
/* { dg-final { scan-objdump-calls-not gb_neg } } */
/* { dg-final { scan-assembler "call\\s+other_fn" } } */
