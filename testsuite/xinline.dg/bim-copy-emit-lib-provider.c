/* Provider for bim-copy-emit.c: functions vmlinux does not export, one
   over the forced-inlining size of a module-local copy (30 IR
   statements), one under it.  */
#include <xinline.h>

__xinline int
bcel_big (int x)
{
  unsigned s = (unsigned) x;
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
  if (s % 3u == 0)
    s = ~s;
  else if (s % 5u == 1)
    s += 0x12345u;
  return (int) (s & 0x7fffffffu);
}

__xinline int bcel_small (int x) { return x * 3 - 1; }
