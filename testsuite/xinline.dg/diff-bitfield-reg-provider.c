/* Provider for diff-bitfield-reg.c: a value stored whole and read back in
   pieces through a union, which FRE folds into BIT_FIELD_REF <v, SIZE, POS>
   of the register v.  */
#include <xinline.h>

union xi_u16 { unsigned short s; unsigned char b[2]; signed char c[2]; };
union xi_u64 { long long l; int i[2]; short s[4]; unsigned char b[8]; };

__xinline int xi_lo_byte (unsigned short v)
{
  union xi_u16 u;
  u.s = v;
  return u.b[0];
}

__xinline int xi_hi_byte (unsigned short v)
{
  union xi_u16 u;
  u.s = v;
  return u.b[1];
}

__xinline int xi_hi_sbyte (unsigned short v)
{
  union xi_u16 u;
  u.s = v;
  return u.c[1];
}

__xinline long long xi_pieces (long long v)
{
  union xi_u64 u;
  u.l = v;
  return u.s[2] * 3 + u.i[1] + u.b[7] - u.s[3] + u.b[1];
}
