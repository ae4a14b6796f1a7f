/* The consumer declares a function that a DB body calls with another
   type (long ct_func (long)), and a variable the other DB body reads as a
   function (int ct_var (void)): rebuilding the bodies against these
   declarations would be wrong, so they are not imported (warnings say
   which symbol) and the calls stay.  An unrelated helper is inlined.  */
/* { dg-do compile } */
/* { dg-xinline-provider "imp-callee-type-provider.c" } */

extern long ct_func (long);
extern int ct_var (void);

extern int xi_ct_calls (int);	/* { dg-warning "not importing 'xi_ct_calls' from '\[^'\]*': it calls ct_func, which this unit declares with another type" } */
extern int xi_ct_reads (void);	/* { dg-warning "not importing 'xi_ct_reads' from '\[^'\]*': it references variable ct_var, which this unit declares as a function" } */
extern int xi_ct_fine (int);

long
use (int x)
{
  return xi_ct_calls (x) + xi_ct_reads () + xi_ct_fine (x) + ct_func (x) + ct_var ();
}

/* { dg-final { scan-assembler "call\\s+xi_ct_calls" } } */
/* { dg-final { scan-assembler "call\\s+xi_ct_reads" } } */
/* { dg-final { scan-assembler-not "xi_ct_fine" } } */
