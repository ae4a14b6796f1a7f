/* A helper whose switch became a lookup table in the provider: the table
   travels with the imported body and is emitted in the consumer, at every
   optimization level.  Inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-switch-table-provider.c" } */

#include <stdio.h>

extern unsigned char xi_tt_map (unsigned);

int
main (void)
{
  for (volatile int i = -1; i < 10; i++)
    printf ("%u ", xi_tt_map ((unsigned) i));
  printf ("\n");
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_tt_map } } */
