/* Provider for imp-prov-cons.c and imp-chain.c: the inner
   helper.  */
#include <xinline.h>

int pc_scale = 3;
__xinline int xi_pc_inner (int x) { return x * pc_scale + 1; }
