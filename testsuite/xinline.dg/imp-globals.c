/* Imported helpers that read and write external globals of the provider:
   an int, an array indexed by a variable, an extern const table, a struct
   with a pointer member, and a helper returning the address of an array.
   The consumer sees the same objects as the provider's own code (the
   provider's globals are also touched directly here).  All calls inlined,
   same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-globals-provider.c" } */

#include <stdio.h>

extern int gl_counter;
extern long gl_hist[8];
extern const unsigned short gl_table[16];
extern unsigned char gl_bytes[3];

extern int xi_gl_next (void);
extern int xi_gl_get (void);
extern void xi_gl_hist (unsigned);
extern unsigned xi_gl_tab (int);
extern int xi_gl_clamp (int);
extern const char *xi_gl_name (void);
extern void xi_gl_setlim (int, int);
extern unsigned char *xi_gl_bytes (void);

volatile int vin = 3;

int
main (void)
{
  printf ("%d ", xi_gl_next ());
  gl_counter += 100;
  int g = xi_gl_get ();
  printf ("%d ", g);
  printf ("%d\n", xi_gl_next ());
  for (unsigned i = 0; i < 20; i++)
    xi_gl_hist (i * (unsigned) vin);
  for (int i = 0; i < 8; i++)
    printf ("%ld ", gl_hist[i]);
  printf ("\n");
  for (int i = -1; i < 17; i += vin)
    printf ("%u ", xi_gl_tab (i));
  printf ("\n%s %d %d %d ", xi_gl_name (), xi_gl_clamp (-100), xi_gl_clamp (vin),
	  xi_gl_clamp (100));
  xi_gl_setlim (-2147483647 - 1, vin);
  printf ("%d %d\n", xi_gl_clamp (-100), xi_gl_clamp (100));
  unsigned char *b = xi_gl_bytes ();
  printf ("%d %x %x\n", b == gl_bytes, b[vin - 1], gl_table[15]);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_gl_next } } */
/* { dg-final { scan-objdump-calls-not xi_gl_get } } */
/* { dg-final { scan-objdump-calls-not xi_gl_hist } } */
/* { dg-final { scan-objdump-calls-not xi_gl_tab } } */
/* { dg-final { scan-objdump-calls-not xi_gl_clamp } } */
/* { dg-final { scan-objdump-calls-not xi_gl_name } } */
/* { dg-final { scan-objdump-calls-not xi_gl_setlim } } */
/* { dg-final { scan-objdump-calls-not xi_gl_bytes } } */
