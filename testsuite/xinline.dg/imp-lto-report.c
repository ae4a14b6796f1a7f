/* With -flto the consumer imports nothing (LTO inlines across objects
   itself): the calls to the DB helpers stay calls, no "not importing"
   diagnostic is given, and the report says why at each call site -- the
   decision the import made, not a second judgement.  */
/* { dg-do compile } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-lto-provider.c" } */

extern int xi_lto_add (int);	/* { dg-bogus "not importing" } */
extern int xi_lto_sq (int);	/* { dg-bogus "not importing" } */

int
use (int x)
{
  int a = xi_lto_add (x);	/* { dg-note "xinline: call to 'xi_lto_add' not inlined: xinline does not import with -flto \\(LTO inlines across objects itself\\)" } */
  int b = xi_lto_sq (a);	/* { dg-note "xinline: call to 'xi_lto_sq' not inlined: xinline does not import with -flto \\(LTO inlines across objects itself\\)" } */
  return b + 1;
}

/* { dg-final { scan-assembler "call\\s+xi_lto_add" } } */
/* { dg-final { scan-assembler "call\\s+xi_lto_sq" } } */
