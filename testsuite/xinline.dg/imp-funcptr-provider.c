/* Provider for imp-funcptr.c: calls through function pointers and
   addresses of external functions.  */
#include <xinline.h>

typedef int (*fp_binop) (int, int);
struct fp_ops { fp_binop op; int unit; };

extern int fp_add (int, int);
extern int fp_mul (int, int);
extern void fp_log (const char *, long);

__xinline int xi_fp_apply (fp_binop f, int a, int b) { return f (a, b); }

__xinline int xi_fp_fold (const struct fp_ops *o, const int *v, int n)
{
  int acc = o->unit;
  for (int i = 0; i < n; i++)
    acc = o->op (acc, v[i]);
  return acc;
}

__xinline fp_binop xi_fp_pick (int k) { return k ? fp_mul : fp_add; }

__xinline void (*xi_fp_logger (void)) (const char *, long) { return fp_log; }

__xinline void xi_fp_maybe (void (*cb) (const char *, long), long v)
{
  if (cb)
    cb ("maybe", v);
}
