/* Provider for the bim-copy*.c tests: the other half of
   bim-copy-lib1-provider.c's unexported functions.  */
#include <xinline.h>

int bcl_deep2 (int);
int bcl_deep4 (int);
int bcl_deep6 (int);
int bcl_data (int);
int bcl_rec_a (int);

__xinline int bcl_deep1 (int x) { return bcl_deep2 (x) + 1; }
__xinline int bcl_deep3 (int x) { return bcl_deep4 (x) + 3; }
__xinline int bcl_deep5 (int x) { return bcl_deep6 (x) * 5; }
__xinline int bcl_calls_data (int x) { return bcl_data (x) * 5; }
__xinline int bcl_rec_b (int x) { return x > 1 ? bcl_rec_a (x - 2) * 2 : x; }
