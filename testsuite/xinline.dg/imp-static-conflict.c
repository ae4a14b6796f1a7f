/* The consumer has its own static sc_limit variable and a static sc_hook
   function, with the names of the globals the DB helpers reference.
   Importing the bodies would bind them to the consumer's statics, so they
   are not imported (the warning mentions internal linkage) and the calls
   go to the provider's real code, which uses the provider's globals.  An
   unrelated helper is still inlined.  Same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-static-conflict-provider.c" } */

#include <stdio.h>

static int sc_limit = 99;
static int sc_hook (int x) { return x - 1; }

extern int xi_sc_clip (int);	/* { dg-warning "not importing 'xi_sc_clip' from '\[^'\]*': it references sc_limit, which this unit defines with internal linkage" } */
extern int xi_sc_hooked (int);	/* { dg-warning "not importing 'xi_sc_hooked' from '\[^'\]*': it references sc_hook, which this unit defines with internal linkage" } */
extern int xi_sc_plain (int);

volatile int vin = 50;

int
main (void)
{
  sc_limit += vin;
  printf ("%d %d %d %d %d\n", xi_sc_clip (vin), xi_sc_hooked (vin),
	  xi_sc_plain (vin), sc_limit, sc_hook (vin));
  return 0;
}

/* { dg-final { scan-assembler "call\\s+xi_sc_clip" } } */
/* { dg-final { scan-assembler "call\\s+xi_sc_hooked" } } */
/* { dg-final { scan-objdump-calls-not xi_sc_plain } } */
