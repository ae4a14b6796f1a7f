/* Provider for tor-arith.c.  */
#include <xinline.h>
#include <stdint.h>

__xinline uint32_t xi_ta_rotl (uint32_t x, unsigned n) { return (x << (n & 31)) | (x >> (-n & 31)); }
__xinline int64_t xi_ta_sar (int64_t x, unsigned n) { return x >> (n & 63); }
__xinline int xi_ta_sdiv (int a, int b) { return a / b; }
__xinline int xi_ta_smod (int a, int b) { return a % b; }
__xinline uint64_t xi_ta_udivc (uint64_t a) { return a / 1000000007u; }
__xinline int xi_ta_divc (int a) { return a / -9; }
__xinline int16_t xi_ta_trunc (int64_t v) { return (int16_t) v; }
__xinline uint64_t xi_ta_zext (uint32_t v) { return v; }
__xinline int64_t xi_ta_sext (int8_t v) { return v; }
__xinline int xi_ta_min (int a, int b) { return a < b ? a : b; }
__xinline unsigned xi_ta_max (unsigned a, unsigned b) { return a > b ? a : b; }
__xinline long xi_ta_abs (long a) { return a < 0 ? -a : a; }
