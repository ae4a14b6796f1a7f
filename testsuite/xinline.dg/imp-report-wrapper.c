/* Report for a call inside a static function that GCC inlines into its
   only caller and then removes: the helper call was inlined (into the
   wrapper, which was inlined into main), so the report must say
   "inlined", not that the call was removed with an unused caller.  A
   static function that is really unused (never called) does get the
   "removed with unused" note.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-report-notes-provider.c" } */

extern int xi_rn_one (int);

static int
wrap (int x)
{
  return xi_rn_one (x) + 5;	/* { dg-note "xinline: call to 'xi_rn_one' inlined" } */
}

int
main (int argc, char **argv)
{
  (void) argv;
  return wrap (argc) + xi_rn_one (argc);	/* { dg-note "xinline: call to 'xi_rn_one' inlined" } */
}

/* { dg-final { scan-objdump-calls-not xi_rn_one } } */
