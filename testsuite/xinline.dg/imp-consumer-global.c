/* DB helpers referencing globals that the consumer itself defines (with
   external linkage): the imported bodies bind to the consumer's own
   definitions, and the inlined code reads and writes the same objects the
   consumer's code does.  All inlined, same output as without the
   plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-consumer-global-provider.c" } */

#include <stdio.h>

int cg_var = 17;
int cg_arr[4];
int cg_fn (int x) { return x + cg_var; }

extern int xi_cg_get (void);
extern void xi_cg_set (int);
extern int xi_cg_call (int);

volatile int vin = 6;

int
main (void)
{
  printf ("%d ", xi_cg_get ());
  xi_cg_set (vin);
  printf ("%d %d %d ", cg_var, xi_cg_get (), cg_arr[2]);
  cg_var = -vin;
  printf ("%d %d\n", xi_cg_get (), xi_cg_call (vin));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_cg_get } } */
/* { dg-final { scan-objdump-calls-not xi_cg_set } } */
/* { dg-final { scan-objdump-calls-not xi_cg_call } } */
