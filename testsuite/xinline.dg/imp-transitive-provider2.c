/* Second provider for imp-transitive.c: keeps xi_tr_leaf etc. from being
   inlined inside the provider itself (separate unit), so the DB body of
   xi_tr_outer really calls xi_tr_top.  */
#include <xinline.h>

extern int xi_tr_top (int);
__xinline int xi_tr_outer (int x) { return xi_tr_top (x) - 1; }
