/* Provider for export-local.exp: exported helpers calling functions with
   internal linkage of this file, too large for early inlining, one
   through another (lcl_twice -> lcl_mix), one refused (lcl_count's
   static data), so its caller is too.  */
#include <xinline.h>

static int lcl_counter;

static unsigned
lcl_mix (unsigned s, int x)
{
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
  return s;
}

static unsigned
lcl_twice (unsigned s)
{
  return lcl_mix (s, 3) ^ lcl_mix (s + 1, 4) ^ lcl_mix (s ^ 9, 5);
}

static unsigned
lcl_count (unsigned s)
{
  for (int i = 0; i < 7; i++)
    s = lcl_mix (s, i) + (unsigned) lcl_counter++;
  return s;
}

__xinline int lh_one (int x) { return (int) (lcl_twice (x) & 0xffff); }
__xinline int lh_two (int x) { return (int) lcl_mix (x, 1) >> 3; }
__xinline int lh_data (int x) { return (int) lcl_count (x) >> 3; }
