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
/* An asm output in bcl_inner's memory: its address, not a call.  */
__xinline int bc_addr_asm (int x)
{
  __asm__ volatile ("" : "=m" (*(char *) bcl_inner));
  return bcl_inner (x);
}
