/* -fplugin-arg-xinline-hot-calls in a unit with no hot external call:
   the section is still written, the header alone, so that a unit without
   the section is one no record was made for.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls" } */

extern void __attribute__ ((cold)) oops (void);
extern void only_cold (int);

int
g (int x)
{
  if (x < 0)
    {
      oops ();
      only_cold (x);
    }
  return x * 2;
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.section} } } */
/* { dg-final { scan-assembler-not {"only_cold } } } */
