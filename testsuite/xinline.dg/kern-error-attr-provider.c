/* Provider for kern-error-attr*.c: the kernel's check_copy_size()
   pattern.  A call to a function with the error attribute sits on a
   __builtin_constant_p path: out of line it folds away; inlined with a
   constant too large, it must be the compile error the attribute asks
   for; inlined otherwise, it folds away and needs no symbol.  */
#include <xinline.h>

extern void xi_ea_bad_copy (void) __attribute__ ((error ("copy size too large")));
extern unsigned long xi_ea_do_copy (void *, const void *, unsigned long);
extern void xi_ea_overflow (unsigned long);

__xinline unsigned long
xi_ea_copy (void *to, const void *from, unsigned long n)
{
  if (n > 64)
    {
      if (__builtin_constant_p (n))
        xi_ea_bad_copy ();
      else
        xi_ea_overflow (n);
      return n;
    }
  return xi_ea_do_copy (to, from, n);
}
