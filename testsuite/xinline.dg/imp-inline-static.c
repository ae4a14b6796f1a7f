/* A "once" flag (.data.once) of a static inline callee (WARN_ONCE's)
   travels with the helper: the consumer gets its own copy, zero-initialized
   like the header's, and the helper is inlined.  Other static state of a
   static inline callee, shared by two helpers, refuses both (a copy would
   stop them seeing each other's writes); a static local of the helper
   itself refuses it too.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-inline-static-provider.c" } */

#include <stdio.h>

int xi_is_checked (int);
int xi_is_own (int);
void xi_is_set (int);
int xi_is_get (void);

int
main (int argc, char **argv)
{
  volatile int neg = -argc;
  (void) argv;
  printf ("%d %d %d\n", xi_is_checked (neg), xi_is_checked (neg),
          xi_is_checked (argc));
  printf ("%d %d\n", xi_is_own (argc), xi_is_own (argc));
  xi_is_set (argc + 4);
  printf ("%d\n", xi_is_get ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_is_checked } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_is_own" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_is_set" } } */
/* { dg-final { scan-assembler "call\[ \t\]+xi_is_get" } } */
