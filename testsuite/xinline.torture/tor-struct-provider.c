/* Provider for tor-struct.c.  */
#include <xinline.h>

struct ts_item { unsigned char kind; short w; int v; long long acc; };
struct ts_list { int n; struct ts_item it[8]; struct { int lo, hi; } lim; };

__xinline void xi_ts_push (struct ts_list *l, unsigned char kind, int v)
{
  struct ts_item *p = &l->it[l->n++ & 7];
  p->kind = kind;
  p->v = v;
  p->w = (short) (v >> 3);
  p->acc += v;
}

__xinline long long xi_ts_total (const struct ts_list *l, int kind)
{
  long long s = 0;
  for (int i = 0; i < 8; i++)
    if (l->it[i].kind == kind)
      s += l->it[i].acc + l->it[i].w;
  return s;
}

__xinline int xi_ts_inlim (const struct ts_list *l, int i)
{
  int v = l->it[i & 7].v;
  return v >= l->lim.lo && v <= l->lim.hi;
}
