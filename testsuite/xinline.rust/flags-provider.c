/* Provider for emit-llvm.exp: helpers whose LLVM translation depends on
   the meaning flags of their compilation (-fwrapv, -fwrapv-pointer,
   -fno-delete-null-pointer-checks, -ftrapv), and constructs the
   translator maps in a recognizable way.  */
#include <xinline.h>

__xinline int xi_fl_add (int a, int b) { return a + b; }
__xinline long xi_fl_neg (long a) { return -a; }
__xinline char *xi_fl_ptr_add (char *p, unsigned long n) { return p + n; }
__xinline int xi_fl_read (int *p) { return *p; }

__xinline int
xi_fl_goto (int x)
{
  __asm__ goto ("testl %0, %0\n\tjz %l1" : : "r" (x) : "cc" : zero);
  return 1;
zero:
  return 0;
}

__xinline void
xi_fl_or (unsigned *p, unsigned v)
{
  __asm__ volatile ("lock orl %1, %0" : "+m" (*p) : "ir" (v) : "memory");
}

__xinline void
xi_fl_fill (char *p, unsigned long n, unsigned long size)
{
  __builtin___memset_chk (p, 1, n, size);
}
