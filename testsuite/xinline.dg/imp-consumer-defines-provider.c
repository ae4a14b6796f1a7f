/* Provider for imp-consumer-defines.c: its version of xi_cd_val adds 1.  */
#include <xinline.h>

__xinline int xi_cd_val (int x) { return x + 1; }
__xinline int xi_cd_other (int x) { return x - 1; }
