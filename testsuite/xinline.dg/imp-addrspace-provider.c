/* Provider for imp-addrspace.c: helpers that read and write through
   __seg_fs / __seg_gs pointers (x86 named address spaces), and one that
   returns an address-space pointer.  */
#include <xinline.h>

struct pcpu { long a; int b[4]; };

__xinline unsigned long xi_as_fs0 (void) { return *(unsigned long __seg_fs *) 0; }
__xinline int xi_as_get (struct pcpu __seg_gs *p, int i) { return p->b[i]; }
__xinline void xi_as_set (struct pcpu __seg_gs *p, long v) { p->a = v; }
__xinline long __seg_fs *xi_as_addr (struct pcpu __seg_fs *p) { return &p->a; }
