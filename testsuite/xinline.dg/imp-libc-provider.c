/* Provider for imp-libc.c: helpers calling printf, puts, strlen, memcpy,
   memset and memcmp.  */
#include <xinline.h>
#include <stdio.h>
#include <string.h>

__xinline void xi_lc_say (const char *who, int n)
{
  printf ("[%s:%d]\n", who, n);
}

__xinline size_t xi_lc_len2 (const char *a, const char *b)
{
  return strlen (a) * 100 + strlen (b);
}

__xinline void xi_lc_fill (unsigned char *p, int c, size_t n)
{
  memset (p, c, n);
}

__xinline void *xi_lc_copy (void *dst, const void *src, size_t n)
{
  return memcpy (dst, src, n);
}

__xinline int xi_lc_cmp (const void *a, const void *b, size_t n)
{
  int r = memcmp (a, b, n);
  return r < 0 ? -1 : r > 0;
}

__xinline void xi_lc_line (const char *s)
{
  puts (s);
}
