/* Provider for tor-byval.c: aggregates passed and returned by value,
   in loops and branches, through helpers and external calls.  */
#include <xinline.h>
#include "tor-byval.h"

__xinline struct tb_small xi_tb_small (struct tb_small s, int k)
{
  if (k & 1)
    s.lo += k;
  else
    s.hi = (short) (s.hi - k);
  return s;
}

__xinline struct tb_pair xi_tb_pair (struct tb_pair p, struct tb_small s)
{
  struct tb_pair r = p;
  for (int i = 0; i < s.hi % 5; i++)
    {
      long t = r.a;
      r.a = r.b + s.lo;
      r.b = t;
    }
  return r;
}

__xinline struct tb_mix xi_tb_mix (struct tb_mix m, struct tb_pair p)
{
  m.n += p.a - p.b;
  return m;
}

__xinline struct tb_big xi_tb_big (const struct tb_big *in, int k)
{
  struct tb_big b = *in;
  b.v[k % 6] += b.tag;
  b.tag ^= (char) k;
  return b;
}

__xinline long xi_tb_chain (struct tb_big b, long x)
{
  struct tb_pair p = tb_ext_pair (x, tb_ext_big (b));
  return xi_tb_pair (p, (struct tb_small) { 3, 4 }).a;
}

__xinline union tb_u xi_tb_u (union tb_u u) { u.w[1] += u.w[0]; return u; }
