/* A provider compiled with -fsanitize=undefined: the sanitizer's checks
   are internal functions (.UBSAN_CHECK_ADD, .UBSAN_NULL, ...) or calls to
   its handlers with static source-location data, which IR version 1 does
   not carry, so a helper with checked arithmetic or accesses is refused
   and says which.  A helper UBSan has nothing to check in is exported;
   the consumer then instruments it with its own flags
   (kern-ubsan-consumer.c).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fsanitize=undefined -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline int
xi_ub_add (int a, int b) /* { dg-note "xinline: 'xi_ub_add' not exported: it calls internal function \\.UBSAN_CHECK_ADD" } */
{
  return a + b;
}

__xinline int
xi_ub_mul (int a, int b) /* { dg-note "xinline: 'xi_ub_mul' not exported: it calls internal function \\.UBSAN_CHECK_MUL" } */
{
  return a * b;
}

__xinline int
xi_ub_load (const int *p) /* { dg-note "xinline: 'xi_ub_load' not exported: it calls internal function \\.UBSAN_NULL" } */
{
  return *p;
}

__xinline int
xi_ub_shl (int a, int b) /* { dg-note "xinline: 'xi_ub_shl' not exported: it calls unsupported builtin '__builtin___ubsan_handle_shift_out_of_bounds'" } */
{
  return a << b;
}

__xinline unsigned
xi_ub_uns (unsigned a, unsigned b)
{
  return a + b;
}

/* { dg-final { scan-xinline-not-exported xi_ub_add } } */
/* { dg-final { scan-xinline-not-exported xi_ub_mul } } */
/* { dg-final { scan-xinline-not-exported xi_ub_load } } */
/* { dg-final { scan-xinline-not-exported xi_ub_shl } } */
/* { dg-final { scan-xinline-exported xi_ub_uns } } */
