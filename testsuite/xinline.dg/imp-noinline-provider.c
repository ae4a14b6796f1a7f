/* Provider for imp-noinline.c and imp-weak-decl.c.  */
#include <xinline.h>

int ni_calls;

__xinline int xi_ni_a (int x) { ni_calls++; return x + 10; }
__xinline int xi_ni_b (int x) { ni_calls++; return x - 10; }
