/* Provider for tor-int128.c: the helpers of imp-int128.c.  */
#include "../xinline.dg/imp-int128-provider.c"
