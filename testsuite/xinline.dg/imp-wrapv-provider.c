/* Provider for imp-wrapv.c: built without -fwrapv.  */
#include <xinline.h>

__xinline int xi_wv_add (int a, int b) { return a + b; }
__xinline int xi_wv_gt (int a, int b) { return a + b > a; }
