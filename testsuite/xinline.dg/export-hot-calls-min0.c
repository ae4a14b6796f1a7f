/* -fplugin-arg-xinline-hot-calls-min=0 is -fplugin-arg-xinline-hot-calls:
   every callee of a block that is not cold, the call under
   __builtin_expect (..., 0) and the one of a static function called only
   from there included; hot-calls-min alone implies hot-calls.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=0" } */

extern void plain (int);
extern void rare (int);
extern void via_rare_static (int);
extern void cold_path (int);
extern void __attribute__ ((cold)) oops (void);

static void __attribute__ ((noinline))
rare_helper (int x)
{
  via_rare_static (x);
}

int
f (int x)
{
  if (__builtin_expect (x == 42, 0))
    {
      rare (x);
      rare_helper (x);
    }
  if (x < 0)
    {
      oops ();
      cold_path (x);
      return -1;
    }
  plain (x);
  return x;
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"plain 1000"\n\t\.string\t"rare 100"\n\t\.string\t"via_rare_static 100"\n\t\.section} } } */
/* { dg-final { scan-assembler-not {"cold_path } } } */
