/* Provider for the bim-copy*.c tests (module-local copies): compiled
   without -DMODULE, as vmlinux.  inputs/bim-copy.symvers exports the
   bc_* helpers and bcx_func, bcx_hook to modules, but not the functions
   they call (bcl_*, in bim-copy-lib1-provider.c and
   bim-copy-lib2-provider.c so that GCC cannot inline them here), whose
   built-in bodies are in the DB too, nor bcx_secret or bcx_secret_var.  */
#include <xinline.h>

int bcx_secret_var = 4;
int (*bcx_hook) (int);
__attribute__ ((noinline)) int bcx_func (int x) { return x ^ 0x55; }
__attribute__ ((noinline)) int bcx_secret (int x) { return x - 9; }

int bcl_inner (int);
int bcl_deep0 (int);
int bcl_deep1 (int);
int bcl_deep2 (int);
int bcl_data (int);
int bcl_calls_data (int);
int bcl_rec_a (int);
int bcl_addr (int);
#define BCM(n) int bcl_m##n (int);
#define BCM10(t) BCM (t##0) BCM (t##1) BCM (t##2) BCM (t##3) BCM (t##4) \
  BCM (t##5) BCM (t##6) BCM (t##7) BCM (t##8) BCM (t##9)
BCM10 () BCM10 (1) BCM10 (2) BCM10 (3) BCM10 (4) BCM10 (5) BCM (60)
BCM (61) BCM (62) BCM (63) BCM (64)
#undef BCM

__xinline int bc_copy (int x) { return bcl_inner (x) + 1; }
__xinline int bc_copy_two (int x) { return bcl_inner (x) + bcl_deep2 (x); }
__xinline int bc_copy_deep (int x) { return bcl_deep1 (x); }
__xinline int bc_too_deep (int x) { return bcl_deep0 (x); }
__xinline int bc_data (int x) { return bcl_data (x); }
__xinline int bc_nested_data (int x) { return bcl_calls_data (x); }
__xinline int bc_rec (int x) { return bcl_rec_a (x); }
__xinline int bc_addr (int x) { bcx_hook = bcl_addr; return x; }
__xinline int bc_addr_call (int x) { bcx_hook = bcl_addr; return bcl_addr (x); }
__xinline int bc_nobody (int x) { return bcx_secret (x); }
/* 65 unexported callees: one copy more than a body may need.  */
__xinline int
bc_many (int x)
{
  int s = 0;
#define BCM(n) s += bcl_m##n (x);
  BCM10 () BCM10 (1) BCM10 (2) BCM10 (3) BCM10 (4) BCM10 (5) BCM (60)
  BCM (61) BCM (62) BCM (63) BCM (64)
#undef BCM
  return s;
}
/* An asm output in bcl_inner's memory: its address, not a call.  */
__xinline int bc_addr_asm (int x)
{
  __asm__ volatile ("" : "=m" (*(char *) bcl_inner));
  return bcl_inner (x);
}
