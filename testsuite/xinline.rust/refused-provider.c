/* Provider for refused.rs: helpers the LLVM importer refuses, next to one
   it imports.  */
#include <xinline.h>

/* Rust declares it with a usize where C has a pointer: another LLVM type
   (the same registers, so the call that stays is right).  */
__xinline int xi_rf_sig (const int *p) { return *p + 1; }
/* A builtin the translator does not map (FORTIFY's checked memset).  */
__xinline void
xi_rf_fill (char *p, unsigned long n, unsigned long size)
{
  __builtin___memset_chk (p, 7, n, size);
}
__xinline int xi_rf_ok (int x) { return x * 3; }
