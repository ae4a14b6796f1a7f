/* Provider for imp-strings.c: string literals returned, indexed and
   passed on.  */
#include <xinline.h>

extern int str_sink (const char *, int);

__xinline const char *xi_str_name (int k)
{
  return k < 0 ? "negative" : k == 0 ? "zero" : "positive";
}

__xinline char xi_str_hex (unsigned v)
{
  return "0123456789abcdef"[v & 15];
}

__xinline int xi_str_pass (int n)
{
  return str_sink ("from the helper", n) + str_sink ("", n);
}

__xinline const char *xi_str_tail (int k)
{
  static const char *const dummy = 0;	/* unused */
  (void) dummy;
  return "embedded\0nul" + (k & 7);
}
