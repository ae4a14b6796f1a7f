/* Provider for tor-bitfield.c.  */
#include <xinline.h>

struct tb_flags
{
  unsigned int mode : 3;
  signed int delta : 6;
  _Bool on : 1;
  unsigned int count : 12;	/* straddles bytes */
  signed int off : 10;
};
struct __attribute__ ((packed)) tb_packed { unsigned char tag; unsigned int x : 5; signed int y : 11; };

__xinline void xi_tb_step (struct tb_flags *f, int d)
{
  f->mode = (f->mode + 1) & 7;
  f->delta = d;
  f->on = !f->on;
  f->count += (unsigned) d;
  f->off = f->off - d;
}
__xinline int xi_tb_sum (const struct tb_flags *f)
{
  return f->mode + f->delta + f->on + (int) f->count + f->off;
}
__xinline int xi_tb_packed (struct tb_packed *p, int v)
{
  p->x = (unsigned) v;
  p->y = v;
  return p->x - p->y + p->tag;
}
