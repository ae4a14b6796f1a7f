/* -fplugin-arg-xinline-report: one note per call site of a DB helper, on
   the line of the call: "inlined" for imported helpers, "not inlined:
   REASON" for a helper declared noinline here (after the import warning).
   Calls to functions that are not DB helpers get no note (dg-note keeps
   notes, so any unexpected note is an excess error).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-report-notes-provider.c" } */

extern int xi_rn_one (int);
extern int xi_rn_two (int);
extern int xi_rn_three (int) __attribute__ ((noinline));	/* { dg-note "not importing 'xi_rn_three'" } */
extern int not_a_helper (int);

int
f (int x)
{
  int a = xi_rn_one (x);	/* { dg-note "xinline: call to 'xi_rn_one' inlined" } */
  int b = xi_rn_two (a)		/* { dg-note "xinline: call to 'xi_rn_two' inlined" } */
	  + xi_rn_one (a);	/* { dg-note "xinline: call to 'xi_rn_one' inlined" } */
  int c = xi_rn_three (b);	/* { dg-note "xinline: call to 'xi_rn_three' not inlined: this unit declares it noinline" } */
  return c + not_a_helper (x);
}

int
g (int x)
{
  if (x > 10)
    return xi_rn_two (x);	/* { dg-note "xinline: call to 'xi_rn_two' inlined" } */
  return xi_rn_three (x) + xi_rn_one (x); /* { dg-note "call to 'xi_rn_three' not inlined" } */
  /* { dg-note "call to 'xi_rn_one' inlined" "" { target *-*-* } .-1 } */
}

/* { dg-final { scan-objdump-calls-not xi_rn_one } } */
/* { dg-final { scan-objdump-calls-not xi_rn_two } } */
