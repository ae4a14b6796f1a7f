/* Provider for imp-fpic.c (built with -fPIC via the test's provider
   options, so its helpers are exported only with hidden visibility or
   -fno-semantic-interposition).  */
#include <xinline.h>

int pic_data[4] = { 1, 2, 3, 4 };
extern int pic_func (int);

__xinline int xi_pic_get (int i) { return pic_data[i & 3]; }
__xinline int xi_pic_call (int x) { return pic_func (x) + 1; }
__xinline const char *xi_pic_str (void) { return "pic string"; }
