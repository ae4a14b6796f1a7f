/* Provider for tor-switch-table.c: switch conversion makes a lookup
   table (CSWTCH) of this switch in the provider.  */
#include <xinline.h>

__xinline unsigned char xi_tt_map (unsigned k)
{
  switch (k)
    {
    case 0: return 7; case 1: return 3; case 2: return 0; case 3: return 9;
    case 4: return 1; case 5: return 4; case 6: return 8; case 7: return 2;
    default: return 255;
    }
}
