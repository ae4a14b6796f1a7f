/* Provider for tor-target-builtin.c: the helpers of imp-target-builtin.c
   (compiled with -msse4.2).  */
#include "../xinline.dg/imp-target-builtin-provider.c"
