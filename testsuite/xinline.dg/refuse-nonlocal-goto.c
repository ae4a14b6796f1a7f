/* Refusal: a helper whose GNU nested function jumps to a label of the
   helper (nonlocal goto) is not exported.  The helper is then also
   "nested" in GCC's sense (it has a nonlocal label, a static chain user,
   and is uninlinable): any of those reasons will do, but it must be
   refused.  The nested function itself is not selected.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

extern void call_back (void (*) (void));

__xinline int
xi_escape (int x) /* { dg-note "xinline: 'xi_escape' not exported: it (cannot be inlined|receives a nonlocal goto|is a nested function|has a label whose address is taken|has exceptional or abnormal control flow|calls a nested function)" } */
{
  __label__ out;
  void inner (void)
  {
    if (x > 3)
      goto out;
  }
  call_back (inner);
  return 0;
 out:
  return 1;
}

__xinline int
xi_plain (int x)
{
  return x > 3;
}

/* { dg-final { scan-xinline-not-exported xi_escape } } */
/* { dg-final { scan-xinline-not-exported inner } } */
/* { dg-final { scan-xinline-exported xi_plain } } */
