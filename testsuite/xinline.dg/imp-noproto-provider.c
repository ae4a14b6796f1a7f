/* Provider for imp-noproto.c.  */
#include <xinline.h>

__xinline int xi_np (int x) { return x + 5; }
__xinline int xi_np_ok (int x) { return x - 5; }
