/* -fplugin-arg-xinline-hot-calls-min=PERMILLE: .gnu.xinline.calls names
   only the external callees of blocks GCC estimates to run at least
   PERMILLE/1000 times per call of the function (and not cold): a call in
   a loop and a plain call stay, a call under __builtin_expect (..., 0)
   (GCC's 10 %) and a call on a path to a __cold function go.  A static
   function is entered at the frequency of its hottest call site: the
   callee of one called only from an unlikely branch goes, unless it calls
   it in a loop that brings it over the threshold.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=200" } */

extern void in_loop (int);
extern void plain (int);
extern void rare (int);
extern void cold_path (int);
extern void via_rare_static (int);
extern void rare_static_loop (int);
extern void __attribute__ ((cold)) oops (void);

static void __attribute__ ((noinline))
rare_helper (int x)
{
  via_rare_static (x);
}

static void __attribute__ ((noinline))
rare_looper (int n)
{
  for (int i = 0; i < n; i++)
    rare_static_loop (i);
}

int
f (int x, int n)
{
  if (__builtin_expect (x == 42, 0))
    {
      rare (x);
      rare_helper (x);
      rare_looper (n);
    }
  if (x < 0)
    {
      oops ();
      cold_path (x);
      return -1;
    }
  for (int i = 0; i < n; i++)
    in_loop (i);
  plain (x);
  return x;
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"in_loop 1000"\n\t\.string\t"plain 1000"\n\t\.string\t"rare_static_loop [0-9]+"\n\t\.section} } } */
/* { dg-final { scan-assembler-not {"rare } } } */
/* { dg-final { scan-assembler-not {"via_rare_static } } } */
/* { dg-final { scan-assembler-not {"cold_path } } } */
