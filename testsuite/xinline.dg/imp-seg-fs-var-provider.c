/* Provider for imp-seg-fs-var.c: a variable declared in the __seg_fs
   address space, read and its address taken.  */
#include <xinline.h>

extern unsigned long __seg_fs xi_fs_self;

__xinline unsigned long xi_fs_tcb (void) { return xi_fs_self; }
__xinline unsigned long __seg_fs *xi_fs_addr (void) { return &xi_fs_self; }
