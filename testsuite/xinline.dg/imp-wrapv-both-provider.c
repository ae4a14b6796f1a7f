/* Provider for imp-wrapv-both.c: built with the kernel's semantic flags
   (dg-xinline-provider options).  */
#include <xinline.h>

__xinline int xi_wb_add (int a, int b) { return a + b; }
__xinline int xi_wb_gt (int a, int b) { return a + b > a; }
__xinline int xi_wb_deref_or (int *p, int d) { int v = *p; return p ? v : d; }
