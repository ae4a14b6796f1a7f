/* Provider for imp-switch-table.c: a switch GCC's switch conversion turns
   into a lookup table before the body is exported.  */
#include <xinline.h>

__xinline int xi_swt_prio (unsigned k)
{
  switch (k)
    {
    case 0: return 3;
    case 1: return 1;
    case 2: return 4;
    case 3: return 1;
    case 4: return 5;
    case 5: return 9;
    case 6: return 2;
    case 7: return 6;
    default: return 0;
    }
}

__xinline const char *xi_swt_name (int k)
{
  switch (k)
    {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    case 6: return "six";
    case 7: return "seven";
    default: return "many";
    }
}
