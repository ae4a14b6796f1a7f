/* Provider and consumer both compiled with the kernel's semantic flags
   (-fwrapv -fno-strict-aliasing -fno-delete-null-pointer-checks): the
   bodies match, so they are imported and inlined, and signed overflow
   wraps in the inlined code exactly as in the provider's.  */
/* { dg-do run } */
/* { dg-options "-O2 -fwrapv -fno-strict-aliasing -fno-delete-null-pointer-checks" } */
/* { dg-xinline-provider "imp-wrapv-both-provider.c" "-fwrapv -fno-strict-aliasing -fno-delete-null-pointer-checks" } */

#include <stdio.h>

extern int xi_wb_add (int, int);
extern int xi_wb_gt (int, int);
extern int xi_wb_deref_or (int *, int);

volatile int a = 2147483600, b = 100;

int
main (void)
{
  int x = 5;
  printf ("%d %d %d %d\n", xi_wb_add (a, b), xi_wb_gt (a, b), xi_wb_gt (a, -b),
	  xi_wb_deref_or (&x, -1));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_wb_add } } */
/* { dg-final { scan-objdump-calls-not xi_wb_gt } } */
/* { dg-final { scan-objdump-calls-not xi_wb_deref_or } } */
