/* The plugin registers the xinline attribute, so <xinline.h> turns
   __xinline into __attribute__((xinline)) and GCC accepts it silently.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall" } */

#include <xinline.h>

#if !defined(__has_attribute) || !__has_attribute(xinline)
#error "xinline attribute not registered by the plugin"
#endif

__xinline int xi_twice (int x) { return 2 * x; }

int use (int x) { return xi_twice (x) + 1; }
