/* Provider for imp-divmod.c: signed and unsigned division and modulo.  */
#include <xinline.h>

__xinline int xi_dm_sdiv (int a, int b) { return a / b; }
__xinline int xi_dm_smod (int a, int b) { return a % b; }
__xinline unsigned xi_dm_udiv (unsigned a, unsigned b) { return a / b; }
__xinline unsigned xi_dm_umod (unsigned a, unsigned b) { return a % b; }
__xinline long xi_dm_ldiv (long a, long b) { return a / b; }
__xinline unsigned long xi_dm_ulmod (unsigned long a, unsigned long b) { return a % b; }
/* By constants: GCC uses multiply-high and shifts.  */
__xinline int xi_dm_div7 (int a) { return a / 7; }
__xinline int xi_dm_mod8 (int a) { return a % 8; }
__xinline unsigned xi_dm_udiv10 (unsigned a) { return a / 10; }
__xinline long xi_dm_div_neg3 (long a) { return a / -3; }
__xinline unsigned long xi_dm_umod1000 (unsigned long a) { return a % 1000; }
/* Floor division built from truncating division.  */
__xinline int xi_dm_floordiv (int a, int b)
{
  int q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
