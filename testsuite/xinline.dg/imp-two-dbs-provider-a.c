/* First provider for imp-two-dbs.c.  */
#include <xinline.h>

int td_a_state = 3;
__xinline int xi_td_a (int x) { return x * td_a_state; }
