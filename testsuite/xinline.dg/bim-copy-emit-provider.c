/* Provider for bim-copy-emit.c: compiled without -DMODULE, as vmlinux.
   inputs/bim-copy-emit.symvers exports bce_* to modules, not bcel_big and
   bcel_small (bim-copy-emit-lib-provider.c, so that GCC cannot inline
   them here), whose built-in bodies are in the DB too.  */
#include <xinline.h>

int bcel_big (int);
int bcel_small (int);

__xinline int bce_one (int x) { return bcel_big (x) + bcel_small (x); }
__xinline int bce_two (int x) { return bcel_big (x + 1) - 3; }
__xinline int bce_three (int x) { return bcel_big (x ^ 5) * 2; }
