/* -ftrivial-auto-var-init=zero (kernels with CONFIG_INIT_STACK_ALL_ZERO):
   the .DEFERRED_INIT of an automatic variable, in memory (a struct whose
   address escapes) or in a register, is exported as its zeroing; the
   pattern kind is refused.  */
/* { dg-do assemble } */
/* { dg-xinline-gcc-min 12 } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -ftrivial-auto-var-init=zero" } */

#include <xinline.h>

struct di_pair { int a; long b; char c; };
extern void di_fill (struct di_pair *p);
extern int di_cond (void);

__xinline long
di_struct (void)
{
  struct di_pair p;
  di_fill (&p);
  return p.a + p.b + p.c;
}

__xinline int
di_scalar (int x)
{
  int v;
  if (di_cond ())
    v = x;
  return v;
}

/* { dg-final { scan-xinline-exported "di_struct" } } */
/* { dg-final { scan-xinline-exported "di_scalar" } } */
