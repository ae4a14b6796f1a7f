/* Provider for imp-shift.c: shifts and rotates.  */
#include <xinline.h>
#include <stdint.h>

__xinline uint32_t xi_sh_rotl32 (uint32_t x, unsigned n)
{
  n &= 31;
  return (x << n) | (x >> ((32 - n) & 31));
}
__xinline uint64_t xi_sh_rotr64 (uint64_t x, unsigned n)
{
  n &= 63;
  return (x >> n) | (x << ((64 - n) & 63));
}
__xinline uint8_t xi_sh_rotl8 (uint8_t x, unsigned n)
{
  n &= 7;
  return (uint8_t) ((x << n) | (x >> ((8 - n) & 7)));
}
__xinline uint16_t xi_sh_rotr16_const (uint16_t x)
{
  return (uint16_t) ((x >> 3) | (x << 13));
}
__xinline int32_t xi_sh_sar (int32_t x, unsigned n) { return x >> (n & 31); }
__xinline uint32_t xi_sh_shr (uint32_t x, unsigned n) { return x >> (n & 31); }
__xinline uint64_t xi_sh_shl64 (uint64_t x, unsigned n) { return x << (n & 63); }
__xinline int64_t xi_sh_sar64 (int64_t x, unsigned n) { return x >> (n & 63); }
__xinline uint32_t xi_sh_field (uint32_t x, unsigned lo, unsigned w)
{
  return (x >> lo) & ((1u << w) - 1);
}
