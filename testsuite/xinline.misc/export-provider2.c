/* Second provider for the xinline.misc tests.  */
#include <xinline.h>

__xinline unsigned
xi_mask (unsigned x, unsigned bits)
{
  return x & ((1u << bits) - 1);
}

int
rust_helper_clamp (int v, int lo, int hi)
{
  return v < lo ? lo : v > hi ? hi : v;
}
