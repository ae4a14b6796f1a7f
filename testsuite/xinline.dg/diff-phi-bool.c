/* GIMPLE joins a _Bool and an unsigned:1 bit-field value in one PHI
   (compatible types for GCC).  The exporter's PHI edge copies convert to
   the PHI's type, since the importer refuses a move between types as a
   malformed body ("its DB body is malformed (a move between types)").  The
   helper is inlined and the output is the same as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "diff-phi-bool-provider.c" } */

#include <stdio.h>

struct xi_pb_s { unsigned f : 1; unsigned g : 1; int x; };
extern _Bool xi_pb (struct xi_pb_s *, int, short); /* { dg-bogus "malformed" } */

volatile short ys[] = { 0, 1, -1, 256 };

int
main (void)
{
  struct xi_pb_s s = { 0, 0, 0 };
  for (int g = 0; g < 2; g++)
    for (int c = 0; c < 2; c++)
      for (unsigned i = 0; i < 4; i++)
	{
	  s.g = g;
	  printf ("%d %d %d: %d\n", g, c, ys[i], xi_pb (&s, c, ys[i]));
	}
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_pb } } */
