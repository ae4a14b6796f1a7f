/* Provider for imp-boolenum.c: _Bool and enum parameters and results.  */
#include <xinline.h>
#include <stdbool.h>

enum be_color { BE_RED, BE_GREEN = 5, BE_BLUE = 100, BE_NEG = -3 };
enum be_big { BE_BIG = 0x7fffffff };

__xinline bool xi_be_xor (bool a, bool b) { return a != b; }
__xinline bool xi_be_nonzero (long v) { return v; }
__xinline int xi_be_count (bool a, bool b, bool c) { return a + b + c; }
__xinline bool xi_be_not (bool a) { return !a; }
__xinline enum be_color xi_be_next (enum be_color c)
{
  switch (c)
    {
    case BE_RED: return BE_GREEN;
    case BE_GREEN: return BE_BLUE;
    case BE_BLUE: return BE_NEG;
    default: return BE_RED;
    }
}
__xinline int xi_be_weight (enum be_color c, bool twice)
{
  return twice ? (int) c * 2 : (int) c;
}
__xinline bool xi_be_is_big (enum be_big b, int x) { return x >= (int) b; }
