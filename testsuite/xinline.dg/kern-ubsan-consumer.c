/* A consumer compiled with -fsanitize=signed-integer-overflow imports a
   helper from a provider compiled without it: the imported body gets the
   consumer's UBSan check of the signed addition, and the program runs as
   without the plugin.  (Not the whole -fsanitize=undefined: it implies
   -fno-delete-null-pointer-checks, a meaning flag that must match.)  */
/* { dg-do run } */
/* { dg-options "-O2 -fsanitize=signed-integer-overflow" } */
/* { dg-xinline-provider "kern-sanitize-provider.c" } */

#include <stdio.h>

extern int xi_san_add (int, int);

volatile int vin[] = { 1, -7, 1000000, 123 };

int
main (void)
{
  unsigned s = 0;
  for (int i = 0; i < 4; i++)
    s += (unsigned) xi_san_add (vin[i], vin[(i + 1) % 4]);
  printf ("%u\n", s);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_san_add } } */
/* { dg-final { scan-assembler "__ubsan_handle_add_overflow" } } */
