/* Second provider for imp-two-dbs.c.  */
#include <xinline.h>

long td_b_state = -7;
__xinline long xi_td_b (long x) { return x + td_b_state; }
__xinline int xi_td_b2 (int x) { return x ^ 0x55; }
