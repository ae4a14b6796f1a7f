/* Provider for imp-report-notes.c and imp-report-json.c.  */
#include <xinline.h>

__xinline int xi_rn_one (int x) { return x + 1; }
__xinline int xi_rn_two (int x) { return x * 2; }
__xinline int xi_rn_three (int x) { return x - 3; }
