/* Provider for refusals.exp (stale DBs): refusals.exp exports a copy,
   then changes the copy or its header.  */
#include <xinline.h>
#include "stale.h"

__xinline int xi_st_helper (int x) { return xi_st_twice (x) + 1; }
