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

/* A global register variable of another register than the stack
   pointer (LLVM's read_register takes reserved registers only).  */
register long xi_v3_gr asm ("r12");
__xinline long
xi_v3_greg (long a)
{
  long r;
  asm ("movq %2, %0  # %1" : "=r" (r) : "r" (xi_v3_gr), "r" (a));
  return r;
}

/* Two inputs tied to one output (LLVM ties one).  */
__xinline long
xi_v3_tie2 (long a)
{
  register long r10 asm ("r10") = a;
  asm ("addq %2, %0" : "+r" (r10) : "0" (r10), "r" (a));
  return r10;
}

__xinline int xi_v3_ok (int x) { return x * 5; }
