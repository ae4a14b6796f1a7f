/* .gnu.xinline.calls version 2: each callee once, with the sum of the
   estimated frequencies (permille per entry) of its recorded sites: two
   plain calls make 2000; with -fplugin-arg-xinline-hot-calls-min=0 a call
   under __builtin_expect (..., 0) adds its 100, and a call from a static
   function entered only from such a branch adds the same.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=0" } */

extern void twice (int);
extern void mixed (int);
extern void once (int);

static void __attribute__ ((noinline))
rare_helper (int x)
{
  mixed (x);
}

int
f (int x)
{
  twice (x);
  if (__builtin_expect (x == 3, 0))
    {
      mixed (x);
      rare_helper (x);
    }
  mixed (x + 1);
  once (x);
  twice (x + 2);
  return x;
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"mixed 1200"\n\t\.string\t"once 1000"\n\t\.string\t"twice 2000"\n\t\.section} } } */
