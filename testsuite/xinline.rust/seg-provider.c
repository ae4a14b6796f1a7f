/* Provider for seg.rs: per-cpu accessors as the kernel builds them on
   x86's named address spaces (6.8 and later): the per-cpu symbol's
   address as a __seg_gs pointer.  Built like the kernel, without PIC.  */
#include <xinline.h>

extern int xi_sg_count;
extern unsigned long xi_sg_stats[4];

#define xi_pcpu_ptr(var) ((__typeof__ (var) __seg_gs *) (unsigned long) &(var))

__xinline int xi_sg_read (void) { return *xi_pcpu_ptr (xi_sg_count) & 0x7fffffff; }
__xinline void xi_sg_add (int n) { *xi_pcpu_ptr (xi_sg_count) += n; }
__xinline void xi_sg_stat_inc (int i) { (*xi_pcpu_ptr (xi_sg_stats[i & 3]))++; }
__xinline int xi_sg_read_fs (const int __seg_fs *p) { return p[1]; }
