/* Second provider for imp-chain.c, itself built with the DB of the first
   (dg-xinline-provider options): its exported xi_ch_outer has
   xi_pc_inner inlined.  */
#include <xinline.h>

extern int xi_pc_inner (int);
__xinline int xi_ch_outer (int x) { return xi_pc_inner (x) - xi_pc_inner (-x); }
