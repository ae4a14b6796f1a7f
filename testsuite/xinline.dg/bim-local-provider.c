/* Provider for bim-local.c and imp-local-refuse.c: compiled without
   -DMODULE, as vmlinux.  inputs/bim-local.symvers exports blo_* to
   modules.  They call functions with internal linkage of this file, too
   large for early inlining: blc_mix (over 30 IR statements: a module
   emits its copy once) directly and through blc_twice, and blc_small
   (under the bound: inlined).  blc_mix has a BUG()-like unreachable path,
   which in a copy must not be diagnosed as falling off its end.  */
#include <xinline.h>

static unsigned
blc_mix (unsigned s, int x)
{
  if (s == 0xdeadbeefu && x < 0)
    {
      __asm__ __volatile__ ("");    /* a BUG(): an unreachable end */
      __builtin_unreachable ();
    }
  for (int i = 0; i < 9; i++)
    {
      s = s * 31u + ((unsigned) x >> (i & 7));
      if (s & 1u)
        s ^= 0x5a5a5a5au;
      else
        s += (unsigned) i * 7u;
      s = (s << 3) ^ (s >> 5);
      if ((s & 0xf0u) == 0x30u)
        s -= 11u;
      s ^= s >> (1 + (i & 3));
    }
  for (int i = 0; i < 5; i++)
    s = (s & 1u) ? s * 2654435761u + (unsigned) i : (s >> 2) ^ (unsigned) x;
  return s;
}

static unsigned
blc_twice (unsigned s)
{
  return blc_mix (s, 3) ^ blc_mix (s + 1, 4) ^ blc_mix (s ^ 9, 5);
}

static int
blc_small (int x)
{
  int s = 0;
  for (int i = 0; i < x % 5; i++)
    {
      s += (i * x) ^ (s >> 3);
      if (s & 4)
        s -= x;
      else
        s ^= 0x55;
    }
  return s;
}

__xinline int blo_one (int x) { return (int) (blc_twice (x) & 0xffff); }
__xinline int blo_two (int x) { return (int) blc_mix (x, 1) >> 3; }
__xinline int blo_three (int x) { return blc_small (x) - blc_small (x + 1); }
