/* Provider for imp-bitfield-wide.c: bitfields whose GCC representative
   (container) is not 8, 16, 32 or 64 bits wide.  */
#include <xinline.h>

struct bw40 { unsigned long long v : 40; unsigned char tail; };
struct bw72 { unsigned int a : 20; unsigned int b : 20; unsigned int c : 20;
	      unsigned int d : 12; unsigned short tail; };

struct __attribute__ ((packed)) bw24 { unsigned char tag; unsigned int x : 11;
					  signed int y : 13; };

__xinline int xi_bw24_set (struct bw24 *p, int v)
{
  p->x = (unsigned) v;
  p->y = v;
  return p->x - p->y + p->tag;
}
__xinline unsigned long long xi_bw40_get (const struct bw40 *p) { return p->v; }
__xinline void xi_bw40_set (struct bw40 *p, unsigned long long v) { p->v = v; }
__xinline unsigned xi_bw72_get (const struct bw72 *p) { return p->b + p->c; }
__xinline void xi_bw72_set (struct bw72 *p, unsigned v)
{
  p->b = v;
  p->d = v >> 3;
}
