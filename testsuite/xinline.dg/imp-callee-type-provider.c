/* Provider for imp-callee-type.c: helpers calling an external function
   and reading an external variable.  */
#include <xinline.h>

extern int ct_func (int);
extern int ct_var;

__xinline int xi_ct_calls (int x) { return ct_func (x) + 1; }
__xinline int xi_ct_reads (void) { return ct_var * 2; }
__xinline int xi_ct_fine (int x) { return x ^ 1; }
