/* Provider for tor-strings.c.  */
#include <xinline.h>
#include <stdio.h>
#include <string.h>

__xinline const char *xi_tst_yesno (int b) { return b ? "yes" : "no"; }
__xinline size_t xi_tst_copy (char *dst, const char *src, size_t cap)
{
  size_t n = strlen (src);
  if (n >= cap)
    n = cap - 1;
  memcpy (dst, src, n);
  dst[n] = 0;
  return n;
}
__xinline int xi_tst_same (const char *a, const char *b, size_t n)
{
  return memcmp (a, b, n) == 0;
}
__xinline void xi_tst_print (const char *tag, long v)
{
  printf ("<%s=%ld>\n", tag, v);
}
