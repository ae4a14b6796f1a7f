/* -fplugin-arg-xinline-hot-calls: .gnu.xinline.calls names the external
   functions the unit calls from blocks GCC does not consider cold
   (maybe_hot_bb_p), sorted and once each, after the "xinline-calls 2"
   header, each with the sum of its sites' estimated frequencies in
   permille per entry (hot_a: two plain calls, 2000): a call under __builtin_expect (..., 0) is still a hot call (GCC
   estimates it at 10 %), a call on a path to a __cold function, in a
   __cold function or in a function GCC expects never to run is not.
   Functions of the unit, indirect calls and __builtin_* are not named;
   a builtin with a library name (strlen) is.  The section is excluded
   from final links ("e") and not allocated.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls" } */

extern void hot_b (int);
extern void hot_a (int);
extern void rare (int);
extern void cold_path (int);
extern void cold_fn_callee (int);
extern void __attribute__ ((cold)) oops (void);
extern __SIZE_TYPE__ strlen (const char *);

void defined_here (int x) { (void) x; }

static inline void
wrap (int x)
{
  hot_b (x);
}

void __attribute__ ((cold))
cold_fn (int x)
{
  cold_fn_callee (x);
  hot_a (x);
}

int
f (int x, void (*fp) (int), const char *s)
{
  if (__builtin_expect (x == 42, 0))
    rare (x);
  if (x < 0)
    {
      oops ();
      cold_path (x);
      return -1;
    }
  wrap (x);
  hot_a (x);
  hot_a (x + 1);
  defined_here (x);
  fp (x);
  return (int) strlen (s) + __builtin_popcount (x);
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"hot_a 2000"\n\t\.string\t"hot_b 1000"\n\t\.string\t"rare 100"\n\t\.string\t"strlen 1000"\n\t\.section} } } */
/* { dg-final { scan-assembler-not {"cold_path } } } */
/* { dg-final { scan-assembler-not {"cold_fn_callee } } } */
/* { dg-final { scan-assembler-not {"oops } } } */
/* { dg-final { scan-assembler-not {"defined_here } } } */
