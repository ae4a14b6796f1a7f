/* Provider for imp-ptr.c: pointer arithmetic, differences, comparisons
   and NULL checks.  */
#include <xinline.h>
#include <stddef.h>

struct pnode { int v; struct pnode *next; };

__xinline const int *xi_ptr_adv (const int *p, long n) { return p + n; }
__xinline long xi_ptr_diff (const int *a, const int *b) { return b - a; }
__xinline ptrdiff_t xi_ptr_bytes (const void *a, const void *b)
{
  return (const char *) b - (const char *) a;
}
__xinline int xi_ptr_len (const struct pnode *p)
{
  int n = 0;
  while (p != NULL)
    {
      n++;
      p = p->next;
    }
  return n;
}
__xinline int xi_ptr_val_or (const int *p, int dflt)
{
  return p ? *p : dflt;
}
__xinline int xi_ptr_in (const int *p, const int *lo, const int *hi)
{
  return p >= lo && p < hi;
}
__xinline const char *xi_ptr_end (const char *s)
{
  while (*s)
    s++;
  return s;
}
__xinline unsigned long xi_ptr_align (const void *p, unsigned long a)
{
  return (unsigned long) p & (a - 1);
}
