/* Provider for imp-short-call.c: helpers that pass char and short values
   on to other functions (the arguments are promoted to int in GIMPLE).  */
#include <xinline.h>
#include <stdint.h>

extern int sc_take (signed char c, unsigned short s);

__xinline uint16_t xi_sc_bswap16 (uint16_t x) { return __builtin_bswap16 (x); }
__xinline int xi_sc_pass (int v) { return sc_take ((signed char) v, (unsigned short) (v >> 4)); }
