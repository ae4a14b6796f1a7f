/* Provider for imp-switch.c: switch statements of several shapes.  */
#include <xinline.h>

/* Dense, with default, with fall-through.  */
__xinline int xi_sw_dense (int x)
{
  int r = 0;
  switch (x)
    {
    case 0: r += 1;		/* fall through */
    case 1: r += 10; break;
    case 2: r = -2; break;
    case 3: r = x * x; break;
    case 4: return 400;
    case 5: r = 55; break;
    case 6: r = 66;		/* fall through */
    case 7: r += 7; break;
    default: r = -1; break;
    }
  return r;
}

/* Sparse, with negative and huge labels, no default.  */
__xinline long xi_sw_sparse (long x)
{
  long r = 1000;
  switch (x)
    {
    case -2147483648L: r = 1; break;
    case -7: r = 2; break;
    case 13: r = 3; break;
    case 1000: r = 4; break;
    case 65536: r = 5; break;
    case 9223372036854775807L: r = 6; break;
    }
  return r;
}

/* Case ranges, unsigned index, no default.  */
__xinline int xi_sw_range (unsigned char c)
{
  switch (c)
    {
    case 1 ... 5: return 1;
    case '0' ... '9': return 2;
    case 'a' ... 'f': case 'A' ... 'F': return 3;
    case 200 ... 255: return 4;
    }
  return 0;
}

/* Ranges with default, signed short index.  */
__xinline int xi_sw_range_def (short s)
{
  switch (s)
    {
    case -32768 ... -1000: return -2;
    case -999 ... -1: return -1;
    case 0: return 0;
    case 1 ... 5: return 1;
    case 32000 ... 32767: return 9;
    default: return 5;
    }
}
