/* Provider for imp-lto.c and imp-lto-report.c (built normally, not with
   -flto).  */
#include <xinline.h>

int lto_base = 100;
__xinline int xi_lto_add (int x) { return x + lto_base; }
__xinline int xi_lto_sq (int x) { return x * x; }
