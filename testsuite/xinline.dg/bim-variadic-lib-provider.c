/* Provider for bim-variadic.c: the v* function the variadic body passes
   its va_list to, exported to modules (inputs/bim-variadic.symvers).  */
#include <stdarg.h>
#include <stdio.h>

int
bvx_vemit (const char *fmt, va_list ap)
{
  return vprintf (fmt, ap);
}
