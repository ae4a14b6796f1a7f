/* Refusal: a helper using computed goto (&&label, goto *p) is not
   exported.  GCC itself marks such a function uninlinable, so either
   reason is accepted.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int
xi_dispatch (int i) /* { dg-note "xinline: 'xi_dispatch' not exported: it (cannot be inlined|uses computed goto \\(address of a label\\)|has a label whose address is taken|uses gimple_goto)" } */
{
  static void *const table[] = { &&zero, &&one };
  goto *table[i & 1];
 zero:
  return 10;
 one:
  return 20;
}

__xinline int
xi_switch (int i)
{
  switch (i & 1)
    {
    case 0:
      return 10;
    default:
      return 20;
    }
}

/* { dg-final { scan-xinline-not-exported xi_dispatch } } */
/* { dg-final { scan-xinline-exported xi_switch } } */
