/* .gnu.xinline.calls version 2 with -fplugin-arg-xinline-hot-calls-min=200:
   a site under the threshold adds nothing to its callee's sum (mixed:
   only its plain call, 1000; export-hot-calls-sum.c has the same unit
   with every site that is not cold).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=200" } */

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

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"mixed 1000"\n\t\.string\t"once 1000"\n\t\.string\t"twice 2000"\n\t\.section} } } */
