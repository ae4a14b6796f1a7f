/* Provider for imp-refused-run.c: helpers the exporter refuses, each for a
   different reason, next to one it exports.  */
#include <xinline.h>
#include <setjmp.h>
#include <stdarg.h>
#include <alloca.h>
#include <string.h>

static int counter;
__attribute__((noinline)) static int bump (int x) { return counter += x; }

__xinline int xi_rr_static (int x) { return bump (x) + counter; }
__xinline __attribute__((weak)) int xi_rr_weak (int x) { return x * 7; }
__xinline int xi_rr_varargs (int n, ...)
{
  va_list ap;
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}
__xinline int xi_rr_alloca (int n)
{
  char *p = alloca (n + 1);
  memset (p, 'a', n);
  p[n] = 0;
  return (int) strlen (p);
}
static jmp_buf env;
__xinline int xi_rr_setjmp (int x)
{
  if (setjmp (env))
    return -1;
  return x + 1;
}
__xinline double xi_rr_float (double d) { return d * 2.5; }
__xinline int xi_rr_local_static (void) { static int n; return ++n; }
__xinline int xi_rr_globl_asm (int x)
{
  __asm__ volatile (".pushsection .data\n.globl xi_rr_sym\nxi_rr_sym: .long 1\n.popsection" ::: "memory");
  return x;
}
__xinline int xi_rr_ok (int x) { return x - 3; }
