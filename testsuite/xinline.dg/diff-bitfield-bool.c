/* In GIMPLE a 1-bit unsigned bit-field value and a _Bool are compatible
   types, so `p->f & (a < b)' is a BIT_AND_EXPR of an unsigned:1 and a
   _Bool.  The exporter makes the conversion explicit, since the importer
   refuses a bitwise operation on mixed types as a malformed body.  The
   helper is inlined and the output is the same as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "diff-bitfield-bool-provider.c" } */

#include <stdio.h>
#include "diff-bitfield-bool.h"

extern _Bool xi_bb_and (struct xi_bb *, int, int); /* { dg-bogus "malformed" } */
extern _Bool xi_bb_or (struct xi_bb *, int, int); /* { dg-bogus "malformed" } */

volatile int in[] = { -5, 0, 3 };

int
main (void)
{
  struct xi_bb s;
  for (int v = 0; v < 4; v++)
    for (unsigned i = 0; i < 3; i++)
      for (unsigned j = 0; j < 3; j++)
	{
	  s.f = v & 1;
	  s.x = 63;
	  s.g = v >> 1;
	  printf ("%d %d %d: %d %d\n", v, in[i], in[j],
		  xi_bb_and (&s, in[i], in[j]), xi_bb_or (&s, in[i], in[j]));
	}
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_bb_and } } */
/* { dg-final { scan-objdump-calls-not xi_bb_or } } */
