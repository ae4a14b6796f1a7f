/* Provider for imp-bitfield-packed.c: bitfields of a packed struct and
   volatile bitfields.  */
#include <xinline.h>
#include "imp-bitfield-packed.h"

__xinline int xi_pbf_get (const struct pbf *p, int which)
{
  switch (which)
    {
    case 0: return p->head;
    case 1: return p->a;
    case 2: return p->b;
    case 3: return p->c;
    default: return p->tail;
    }
}

__xinline void xi_pbf_put (struct pbf *p, int a, int b, int c)
{
  p->a = a;
  p->b = b;
  p->c = c;
  p->tail = (unsigned short) (a + b + c);
}

__xinline unsigned xi_vbf_read (const struct vbf *p)
{
  return p->lo | (p->mid << 4) | ((unsigned) p->hi << 16);
}

__xinline void xi_vbf_write (struct vbf *p, unsigned v)
{
  p->lo = v;
  p->mid = v >> 4;
  p->hi = (int) (v >> 16);
}
