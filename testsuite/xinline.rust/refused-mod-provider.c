/* Provider for refused.rs, compiled with -DMODULE: its helpers exist only
   in the module flavour, which code of the built-in flavour (the default)
   does not take.  */
#include <xinline.h>

__xinline int xi_rf_modonly (int x) { return x - 1; }
