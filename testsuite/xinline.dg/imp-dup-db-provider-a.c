/* First provider for imp-dup-db.c: defines xi_dup.  */
#include <xinline.h>

__xinline int xi_dup (int x) { return x + 1; }
