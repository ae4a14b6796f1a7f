/* Provider for tor-funcptr.c.  */
#include <xinline.h>

typedef long (*tf_fn) (long);
extern long tf_twice (long);

__xinline long xi_tf_call (tf_fn f, long x) { return f ? f (x) : -x; }
__xinline long xi_tf_map (tf_fn f, long *v, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += v[i] = f (v[i]);
  return s;
}
__xinline tf_fn xi_tf_default (void) { return tf_twice; }
