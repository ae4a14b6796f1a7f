/* A -fPIC consumer (as for a shared library or a kernel module built
   position-independent): helpers are still inlined; their references to
   the provider's globals and functions go through the GOT/PLT as the
   consumer's own code would.  Provider built with -fPIC
   -fno-semantic-interposition.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-options "-O2 -fPIC" } */
/* { dg-xinline-provider "imp-fpic-provider.c" "-fPIC -fno-semantic-interposition" } */

#include <stdio.h>

extern int xi_pic_get (int);
extern int xi_pic_call (int);
extern const char *xi_pic_str (void);

int pic_func (int x) { return x * 100; }

volatile int vin = 6;

int
main (void)
{
  printf ("%d %d %s\n", xi_pic_get (vin), xi_pic_call (vin), xi_pic_str ());
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_pic_get } } */
/* { dg-final { scan-objdump-calls-not xi_pic_call } } */
/* { dg-final { scan-objdump-calls-not xi_pic_str } } */
/* { dg-final { scan-assembler "pic_data@GOTPCREL\\(%rip\\)" } } */
