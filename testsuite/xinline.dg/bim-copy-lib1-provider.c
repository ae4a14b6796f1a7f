/* Provider for the bim-copy*.c tests: functions vmlinux does not export
   (inputs/bim-copy.symvers), whose built-in bodies the DB holds; a chain
   (bcl_deep0 -> bcl_deep1 -> ... -> bcl_deep12) and a mutual
   recursion (bcl_rec_a, bcl_rec_b) alternate with
   bim-copy-lib2-provider.c so that no call is inlined at export.  */
#include <xinline.h>

extern int bcx_secret_var;
int bcx_func (int);
int bcl_deep1 (int);
int bcl_deep3 (int);
int bcl_deep5 (int);
int bcl_deep7 (int);
int bcl_deep9 (int);
int bcl_deep11 (int);
int bcl_rec_b (int);

__xinline int bcl_inner (int x) { return bcx_func (x) * 2 + 1; }
__xinline int bcl_deep0 (int x) { return bcl_deep1 (x) - 2; }
__xinline int bcl_deep2 (int x) { return bcl_deep3 (x) * 3; }
__xinline int bcl_deep4 (int x) { return bcl_deep5 (x) ^ 6; }
__xinline int bcl_deep6 (int x) { return bcl_deep7 (x) - 7; }
__xinline int bcl_deep8 (int x) { return bcl_deep9 (x) + 8; }
__xinline int bcl_deep10 (int x) { return bcl_deep11 (x) ^ 10; }
__xinline int bcl_deep12 (int x) { return x - 12; }
__xinline int bcl_data (int x) { return x + bcx_secret_var; }
__xinline int bcl_rec_a (int x) { return x > 0 ? bcl_rec_b (x - 1) + x : 0; }
__xinline int bcl_addr (int x) { return x * 11; }
