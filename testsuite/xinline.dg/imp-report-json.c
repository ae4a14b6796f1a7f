/* -fplugin-arg-xinline-report=FILE appends one JSON object per call site
   to FILE (relative to the compiler's directory) with file, line, column,
   caller, callee, inlined and, for calls not inlined, the reason; in any
   order, and no notes are printed.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-report=rep.json" } */
/* { dg-xinline-provider "imp-report-notes-provider.c" } */

extern int xi_rn_one (int);
extern int xi_rn_two (int);
extern int xi_rn_three (int) __attribute__ ((noinline));	/* { dg-note "not importing 'xi_rn_three'" } */

int
caller_a (int x)
{
  return xi_rn_one (x) * xi_rn_two (x);
}

int
caller_b (int x)
{
  return xi_rn_three (x);
}

/* { dg-final { scan-file-json rep.json {(^|\n)\{"file":"[^"]*imp-report-json\.c","line":16,"column":10,"caller":"caller_a","callee":"xi_rn_one","inlined":true\}\n} } } */
/* { dg-final { scan-file-json rep.json {(^|\n)\{"file":"[^"]*imp-report-json\.c","line":16,"column":26,"caller":"caller_a","callee":"xi_rn_two","inlined":true\}\n} } } */
/* { dg-final { scan-file-json rep.json {(^|\n)\{"file":"[^"]*imp-report-json\.c","line":22,"column":10,"caller":"caller_b","callee":"xi_rn_three","inlined":false,"reason":"this unit declares it noinline"\}\n} } } */
/* Exactly three lines, each one object.  */
/* { dg-final { scan-file-json rep.json {^(\{[^\n]*\}\n){3}$} } } */
/* { dg-final { scan-file-json-not rep.json {xi_rn_two[^\n]*"inlined":false} } } */
