/* Provider for imp-unsigned-char.c (plain char is signed on x86).  */
#include <xinline.h>

__xinline int xi_uc_ext (char c) { return c; }
