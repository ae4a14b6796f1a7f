/* Provider for bim-both-flavours.c, compiled without -DMODULE; the same
   file compiled with -DMODULE is bim-both-provider-mod.c.  The two
   flavours of bim_both differ, to tell which one a consumer took.  */
#include <xinline.h>

#ifdef MODULE
#define BIM_FLAVOUR 1000
#else
#define BIM_FLAVOUR 2000
#endif

__xinline int bim_both (int x) { return x + BIM_FLAVOUR; }
