/* Provider for v3-refused.rs: IR version 3 constructs the LLVM translator
   still refuses (each by name, the call stays a call), next to a helper
   it imports.  */
#include <xinline.h>

/* Checked arithmetic on 128-bit operands.  */
__xinline int
xi_v3_ovf128 (__int128 a, __int128 b)
{
  __int128 r;
  return __builtin_add_overflow (a, b, &r);
}

/* A 128-bit value in asm registers (GCC: a register pair).  */
__xinline unsigned __int128
xi_v3_asm128 (unsigned __int128 a)
{
  asm ("" : "+r" (a));
  return a;
}

/* A target builtin without an exact LLVM intrinsic of the base ISA.  */
__xinline unsigned long
xi_v3_rdpmc_free (int c)
{
  return c < 0 ? __builtin_ia32_rdpmc (c) : (unsigned long) c * 3;
}

__xinline int xi_v3_ok (int x) { return x * 5; }
