/* Provider for imp-static-conflict.c: helpers referencing the provider's
   global sc_limit and calling its function sc_hook.  */
#include <xinline.h>

int sc_limit = 10;
__attribute__ ((noinline)) int sc_hook (int x) { return x + 1000; }

__xinline int xi_sc_clip (int x) { return x > sc_limit ? sc_limit : x; }
__xinline int xi_sc_hooked (int x) { return sc_hook (x) * 2; }
__xinline int xi_sc_plain (int x) { return x * 7; }
