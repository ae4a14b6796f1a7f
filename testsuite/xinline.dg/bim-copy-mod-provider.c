/* Provider for bim-copy-mod.c: compiled with -DMODULE, so bc_mod_copy is
   of the module flavour; it calls bcl_inner (bim-copy-lib1-provider.c),
   which vmlinux does not export.  */
#include <xinline.h>

int bcl_inner (int);

__xinline int bc_mod_copy (int x) { return bcl_inner (x) + 2; }
