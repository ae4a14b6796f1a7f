/* The consumer declares a DB helper without a prototype (old-style
   "int xi_np ();"): its arguments get default promotions, so the body is
   not imported (the warning says there is no prototype) and the call
   stays; a prototyped helper is inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -std=gnu17" } */
/* { dg-xinline-provider "imp-noproto-provider.c" } */

extern int xi_np ();	/* { dg-warning "not importing 'xi_np' from '\[^'\]*': this unit declares it with function declared without a prototype" } */
extern int xi_np_ok (int);

int
use (int x)
{
  return xi_np (x) + xi_np_ok (x);
}

/* { dg-final { scan-assembler "(call|jmp)\\s+xi_np\\M" } } */
/* { dg-final { scan-assembler-not "xi_np_ok" } } */
