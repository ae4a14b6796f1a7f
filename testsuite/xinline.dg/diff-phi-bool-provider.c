/* Provider for diff-phi-bool.c: a _Bool joined from a 1-bit unsigned
   bit-field and a comparison.  */
#include <xinline.h>

struct xi_pb_s { unsigned f : 1; unsigned g : 1; int x; };

__xinline _Bool xi_pb (struct xi_pb_s *p, int c, short y)
{
  _Bool r;
  if (c)
    r = p->g;
  else
    r = y != 0;
  return r;
}
