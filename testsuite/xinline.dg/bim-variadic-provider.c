/* Provider for bim-variadic.c: compiled without -DMODULE, as vmlinux.
   inputs/bim-variadic.symvers exports bv_* and bvx_vemit to modules, not
   bvl_printk: a variadic function (_printk_deferred's shape: va_start,
   the va_list passed to a v* function, va_end) that the exported helpers
   call; bvx_vemit is bim-variadic-lib-provider.c's (so that GCC cannot
   inline it here).  */
#include <stdarg.h>
#include <xinline.h>

int bvx_vemit (const char *fmt, va_list ap);

__xinline int
bvl_printk (const char *fmt, ...)
{
  va_list args;
  int r;
  va_start (args, fmt);
  r = bvx_vemit (fmt, args);
  va_end (args);
  return r;
}

__xinline int
bv_warn (int x)
{
  return x > 3 ? bvl_printk ("warn %d %s %ld\n", x, x & 1 ? "odd" : "even",
                             (long) x * 1000003L) : 0;
}

__xinline int
bv_twice (int x)
{
  return bvl_printk ("a %d\n", x) + bvl_printk ("b %u %u\n", x, x + 1);
}
