/* Refusal: a helper calling setjmp is not exported.  GCC itself marks such
   a function uninlinable, so either reason is accepted.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <setjmp.h>
#include <xinline.h>

jmp_buf env;
extern void work (void);

__xinline int
xi_try (void) /* { dg-note "xinline: 'xi_try' not exported: it (cannot be inlined|calls setjmp|calls a returns-twice function)" } */
{
  if (setjmp (env))
    return 1;
  work ();
  return 0;
}

__xinline void
xi_work_twice (void)
{
  work ();
  work ();
}

/* { dg-final { scan-xinline-not-exported xi_try } } */
/* { dg-final { scan-xinline-exported xi_work_twice } } */
