/* The consumer declares DB helpers with other types than the DB bodies:
   long f(long) for int f(int), a pointer parameter declared as long, and
   a missing parameter.  Nothing is imported for them (a warning at the
   declaration says why) and the calls stay; a correctly declared helper is
   still inlined.  */
/* { dg-do compile } */
/* { dg-xinline-provider "imp-type-mismatch-provider.c" } */

extern long xi_tm_f (long);	/* { dg-warning "not importing 'xi_tm_f' from '\[^'\]*imp-type-mismatch-provider.xdb': this unit declares it with a different type than the DB body" } */
extern int xi_tm_ptr (long);	/* { dg-warning "not importing 'xi_tm_ptr' from '\[^'\]*': this unit declares it with a different type than the DB body" } */
extern int xi_tm_u (void);	/* { dg-warning "not importing 'xi_tm_u' from '\[^'\]*': this unit declares it with a different type than the DB body" } */
extern int xi_tm_ok (int);

long
use (long x)
{
  return xi_tm_f (x) + xi_tm_ptr (x) + xi_tm_u () + xi_tm_ok ((int) x);
}

/* { dg-final { scan-assembler "(call|jmp)\\s+xi_tm_f" } } */
/* { dg-final { scan-assembler "(call|jmp)\\s+xi_tm_ptr" } } */
/* { dg-final { scan-assembler "(call|jmp)\\s+xi_tm_u" } } */
/* { dg-final { scan-assembler-not "xi_tm_ok" } } */
