/* Provider for the modsafe-*.c tests: module-flavour helpers (compiled
   with -DMODULE) that reference exported, GPL-only, namespaced and
   unexported symbols.  */
#include <xinline.h>

extern int ok_func (int);
extern int ok_var;
extern int gpl_func (int);
extern int ns_func (int);
extern int secret_func (int);
extern int secret_var;

__xinline int ms_ok (int x) { return ok_func (x) + ok_var; }
__xinline int ms_secret (int x) { return secret_func (x); }
__xinline int ms_secret_var (int x) { return x + secret_var; }
__xinline int ms_gpl (int x) { return gpl_func (x); }
__xinline int ms_ns (int x) { return ns_func (x); }
__xinline int ms_asm_call (int x)
{
  __asm__ volatile ("call secret_func" : "+D" (x) : : "rax", "memory");
  return x;
}
__xinline int ms_asm_ok (int x)
{
  __asm__ volatile ("call ok_func" : "+D" (x) : : "rax", "memory");
  return x;
}
__xinline int ms_plain (int x) { return x * 3; }
/* The call target completed by a constant operand, as the kernel's
   get_user () calls __get_user_%c[size].  */
__xinline int ms_asm_sized (int x)
{
  __asm__ volatile ("call ok_func_%c[size]" : "+D" (x) : [size] "i" (4)
                    : "rax", "memory");
  return x;
}
__xinline int ms_asm_sized8 (int x)
{
  __asm__ volatile ("call ok_func_%P1" : "+D" (x) : "i" (8) : "rax", "memory");
  return x;
}
