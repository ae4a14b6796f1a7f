/* The form of an imported bit-field store: the exporter computes the new
   bits before it loads the bytes that hold the field, as GCC expands a
   bit-field store, so that `set (d, get (d) + 1)' compiles to the code of
   `d->mode++' (load, lea, two masks, or, store) and the old byte needs no
   register copy (with the old byte loaded first, it did: a `movl' between
   registers).  Run: the same results as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-xinline-provider "imp-bitfield-rmw-provider.c" } */

#include <stdio.h>
#include "imp-bitfield-rmw.h"

unsigned dev_mode (const struct dev *);
void dev_set_mode (struct dev *, unsigned);

__attribute__ ((noipa)) void
bump (struct dev *d)
{
  dev_set_mode (d, dev_mode (d) + 1);
}

int
main (void)
{
  struct dev d = { 0x12345678, 6, 1, 9 };
  for (int i = 0; i < 5; i++)
    {
      bump (&d);
      printf ("%#x %u %u %u\n", d.flags, d.mode, d.ready, d.prio);
    }
  return 0;
}

/* bump: the byte loaded, then `lea 1(old)' for the new bits; the old form
   copied the byte first.  */
/* { dg-final { scan-assembler "movzbl\t4\\(%rdi\\), %e(\[a-z\]+)\n\tleal\t1\\(%r\\1\\), " } } */
/* { dg-final { scan-assembler-not "movzbl\t4\\(%rdi\\), (%e\[a-z\]+)\n\tmovl\t\\1, " } } */
/* { dg-final { scan-objdump-calls-not "dev_mode" } } */
/* { dg-final { scan-objdump-calls-not "dev_set_mode" } } */
