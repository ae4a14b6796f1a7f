/* Provider for bim-both-flavours.c: bim-both-provider.c, compiled with
   -DMODULE (the module flavour).  */
#include "bim-both-provider.c"
