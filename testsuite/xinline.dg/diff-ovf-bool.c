/* A helper whose __builtin_{add,sub}_overflow has a _Bool operand is
   exported with a bool operand in its checked arithmetic; the importer
   accepts a bool operand there (rather than refusing the body as "its DB
   body is malformed (malformed checked arithmetic)").  The helper is
   inlined and the output is the same as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "diff-ovf-bool-provider.c" } */

#include <stdio.h>

extern int xi_ob_add (int, _Bool); /* { dg-bogus "malformed" } */
extern int xi_ob_sub_p (short, _Bool); /* { dg-bogus "malformed" } */

volatile int in[] = { -2147483647 - 1, -1, 0, 1, 2147483647 };
volatile short shin[] = { -32768, -1, 0, 1, 32767 };

int
main (void)
{
  for (unsigned i = 0; i < 5; i++)
    for (int b = 0; b < 2; b++)
      printf ("%d %d: %d %d\n", in[i], b, xi_ob_add (in[i], b),
	      xi_ob_sub_p (shin[i], b));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ob_add } } */
/* { dg-final { scan-objdump-calls-not xi_ob_sub_p } } */
