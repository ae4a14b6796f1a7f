/* Provider for imp-transitive.c: helpers that call other exported
   helpers, three levels deep.  */
#include <xinline.h>

__xinline int xi_tr_leaf (int x) { return x * 3 + 1; }
__xinline int xi_tr_mid (int x) { return xi_tr_leaf (x) ^ xi_tr_leaf (x >> 1); }
__xinline int xi_tr_top (int x) { return xi_tr_mid (x) + xi_tr_leaf (-x); }
