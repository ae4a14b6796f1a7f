/* -fplugin-arg-xinline-hot-calls follows the unit's static functions: a
   static function called only directly is reached from a block that is
   not cold when one of its call sites is, so the callees of a helper of
   cold code only (init_thing, __cold) are not recorded, those of a helper
   of hot code are, and a static function whose address is taken counts
   as called from outside.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls" } */

extern void ext_hot (int);
extern void ext_cold_only (int);
extern void ext_via_cold_static (int);
extern void ext_via_address (int);

static void __attribute__ ((noinline))
helper_of_cold (int x)
{
  ext_via_cold_static (x);
}

static void __attribute__ ((noinline))
helper_of_hot (int x)
{
  ext_hot (x);
}

static void
by_address (int x)
{
  ext_via_address (x);
}

void (*hook) (int) = by_address;

void __attribute__ ((cold))
init_thing (int x)
{
  helper_of_cold (x);
  ext_cold_only (x);
}

int
f (int x)
{
  helper_of_hot (x);
  return x;
}

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"ext_hot 1000"\n\t\.string\t"ext_via_address 1000"\n\t\.section} } } */
