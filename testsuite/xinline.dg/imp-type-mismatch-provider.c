/* Provider for imp-type-mismatch.c and imp-type-mismatch-run.c.  */
#include <xinline.h>

__xinline int xi_tm_f (int x) { return x * 3; }
__xinline unsigned xi_tm_u (unsigned x) { return x >> 1; }
__xinline int xi_tm_ok (int x) { return x + 3; }
__xinline int xi_tm_ptr (int *p) { return *p; }
