/* Provider for tor-aggr.c.  */
#include <xinline.h>

struct tag_rec { long id; char name[11]; unsigned char flags; int vals[5]; };

__xinline void xi_tag_copy (struct tag_rec *d, const struct tag_rec *s) { *d = *s; }
__xinline void xi_tag_clear (struct tag_rec *p) { *p = (struct tag_rec) { 0 }; }
__xinline void xi_tag_rotate (struct tag_rec *a, int n)
{
  struct tag_rec t = a[0];
  for (int i = 0; i < n - 1; i++)
    a[i] = a[i + 1];
  a[n - 1] = t;
}
