/* Helpers exported with -ftrivial-auto-var-init=zero are imported with
   their variables' zeroing (the consumer is compiled without the option):
   run, compared with the plain build; nothing left to call.  */
/* { dg-do run } */
/* { dg-xinline-gcc-min 12 } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-deferred-init-provider.c" "-ftrivial-auto-var-init=zero" } */

#include <stdio.h>

long idi_struct (int n);
int idi_scalar (int x, int n);

volatile int in[] = { 0, 1, 2, 3, 7 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("%d: %ld %d\n", in[i], idi_struct (in[i]), idi_scalar (in[i] + 5, in[i]));
  return 0;
}

/* { dg-final { scan-assembler-not "call\[ \t\]+idi_(struct|scalar)" } } */
