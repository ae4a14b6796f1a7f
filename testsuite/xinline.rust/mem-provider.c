/* Provider for mem.rs: struct fields through pointers, bit-fields,
   volatile accesses, arrays, container_of, aggregate copies, bools.  */
#include <xinline.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct xi_inner { short a; unsigned char b; };
struct xi_obj {
  int id;
  unsigned flags : 3, mode : 5, big : 20;
  signed s : 4;
  struct xi_inner in[4];
  long cnt;
  volatile int reg;
  void *next;
  bool on;
};

__xinline int xi_mem_id (const struct xi_obj *o) { return o->id; }
__xinline void xi_mem_set_mode (struct xi_obj *o, unsigned m) { o->mode = m; }
__xinline unsigned xi_mem_mode (const struct xi_obj *o) { return o->mode; }
__xinline unsigned xi_mem_big (const struct xi_obj *o) { return o->big + o->flags; }
__xinline int xi_mem_s (const struct xi_obj *o) { return o->s; }
__xinline void xi_mem_set_s (struct xi_obj *o, int v) { o->s = v; }
__xinline short xi_mem_inner (const struct xi_obj *o, int i) { return o->in[i & 3].a + o->in[i & 3].b; }
__xinline void xi_mem_copy (struct xi_obj *d, const struct xi_obj *s) { d->in[0] = s->in[1]; d->cnt = s->cnt; }
__xinline void xi_mem_clear (struct xi_inner *p) { memset (p, 0, 4 * sizeof *p); }
__xinline int xi_mem_reg_read (struct xi_obj *o) { return o->reg + o->reg; }
__xinline void xi_mem_reg_write (struct xi_obj *o, int v) { o->reg = v; o->reg = v + 1; }
__xinline struct xi_obj *
xi_mem_container (struct xi_inner *p)
{
  return (struct xi_obj *) ((char *) p - offsetof (struct xi_obj, in[1]));
}
__xinline long
xi_mem_sum (const long *a, unsigned long n)
{
  long s = 0;
  for (unsigned long i = 0; i < n; i++)
    s += a[i] * (long) (i + 1);
  return s;
}
__xinline bool xi_mem_on (const struct xi_obj *o) { return o->on; }
__xinline void *xi_mem_next (const struct xi_obj *o) { return o->next; }
__xinline void xi_mem_link (struct xi_obj *a, struct xi_obj *b) { a->next = b; b->on = !a->on; }
