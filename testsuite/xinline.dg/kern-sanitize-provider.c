/* Provider for kern-asan.c and kern-ubsan-consumer.c: plain helpers,
   compiled without any sanitizer.  */
#include <xinline.h>

__xinline short xi_san_get (const short *p, long i) { return p[i]; }
__xinline void xi_san_put (short *p, long i, short v) { p[i] = v; }
__xinline int xi_san_add (int a, int b) { return a + b; }
