/* Provider for the bim-copy*.c tests: the other half of
   bim-copy-lib1-provider.c's unexported functions.  */
#include <xinline.h>

int bcl_deep2 (int);
int bcl_deep4 (int);
int bcl_deep6 (int);
int bcl_deep8 (int);
int bcl_deep10 (int);
int bcl_deep12 (int);
int bcl_data (int);
int bcl_rec_a (int);

__xinline int bcl_deep1 (int x) { return bcl_deep2 (x) + 1; }
__xinline int bcl_deep3 (int x) { return bcl_deep4 (x) + 3; }
__xinline int bcl_deep5 (int x) { return bcl_deep6 (x) * 5; }
__xinline int bcl_deep7 (int x) { return bcl_deep8 (x) * 7; }
__xinline int bcl_deep9 (int x) { return bcl_deep10 (x) + 9; }
__xinline int bcl_deep11 (int x) { return bcl_deep12 (x) * 11; }
__xinline int bcl_calls_data (int x) { return bcl_data (x) * 5; }
__xinline int bcl_rec_b (int x) { return x > 1 ? bcl_rec_a (x - 2) * 2 : x; }
/* bcl_m0 ... bcl_m64, which bc_many calls.  */
#define BCM(n) __xinline int bcl_m##n (int x) { return x + n; }
#define BCM10(t) BCM (t##0) BCM (t##1) BCM (t##2) BCM (t##3) BCM (t##4) \
  BCM (t##5) BCM (t##6) BCM (t##7) BCM (t##8) BCM (t##9)
BCM10 () BCM10 (1) BCM10 (2) BCM10 (3) BCM10 (4) BCM10 (5) BCM (60)
BCM (61) BCM (62) BCM (63) BCM (64)
