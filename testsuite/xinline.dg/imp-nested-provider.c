/* Provider for imp-nested.c: nested structs and arrays of structs indexed
   by variables.  */
#include <xinline.h>
#include "imp-nested.h"

__xinline int xi_nest_len (const struct poly *p, int i)
{
  const struct seg *s = &p->s[i];
  int dx = s->to.x - s->from.x, dy = s->to.y - s->from.y;
  return (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
}

__xinline void xi_nest_set (struct poly *p, int i, int j, short x, short y)
{
  struct pt *q = j ? &p->s[i].to : &p->s[i].from;
  q->x = x;
  q->y = y;
  p->s[i].tag = (unsigned char) (i * 16 + j);
}

__xinline long xi_nest_w (const struct poly *p, unsigned k)
{
  return p->inner.w[k % 3];
}

__xinline void xi_nest_addw (struct poly *p, unsigned k, long v)
{
  p->inner.w[k % 3] += v;
}

__xinline short xi_nest_get (const struct poly *p, int i, int j, int c)
{
  const struct pt *q = j ? &p->s[i].to : &p->s[i].from;
  return c ? q->y : q->x;
}
