/* Provider for imp-O0.c.  */
#include <xinline.h>

__xinline int xi_get (const int *p) { return *p; }
