/* Provider for refusals.exp (module safety): helpers that reference an
   exported symbol, a GPL-only one, one of namespace XI_NS, one not
   exported to modules, and one called from asm.  */
#include <xinline.h>

extern int xi_ms_exported, xi_ms_gpl, xi_ms_ns, xi_ms_private;

__xinline int xi_ms_plain (void) { return xi_ms_exported; }
__xinline int xi_ms_gpl_use (void) { return xi_ms_gpl; }
__xinline int xi_ms_ns_use (void) { return xi_ms_ns; }
__xinline int xi_ms_priv_use (void) { return xi_ms_private; }
__xinline void xi_ms_asm_call (void) { __asm__ volatile ("call xi_ms_hidden_fn" : : : "memory"); }
