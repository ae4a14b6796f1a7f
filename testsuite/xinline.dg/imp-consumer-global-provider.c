/* Provider for imp-consumer-global.c: helpers using a variable and a
   function that the provider only declares; the consumer defines them.  */
#include <xinline.h>

extern int cg_var;
extern int cg_arr[4];
extern int cg_fn (int);

__xinline int xi_cg_get (void) { return cg_var; }
__xinline void xi_cg_set (int v) { cg_var = v; cg_arr[v & 3] = v; }
__xinline int xi_cg_call (int x) { return cg_fn (x) * 2; }
