/* Provider for imp-static-same-name.c.  */
#include <xinline.h>

__xinline int xi_ssn (int x) { return x + 1; }
__xinline int xi_ssn_other (int x) { return x * 5; }
