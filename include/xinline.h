/* xinline.h - mark helper functions for cross-object inlining.
 *
 * Put __xinline on the definition of a small helper in the provider:
 *
 *   #include <xinline.h>
 *   __xinline int add (int a, int b) { return a + b; }
 *
 * When the xinline GCC plugin is loaded (-fplugin=xinline) it registers the
 * `xinline' attribute and __xinline expands to __attribute__((xinline)).
 * Without the plugin (or with another compiler) __xinline expands to
 * nothing and the code builds as ordinary C.
 */
#ifndef XINLINE_H
#define XINLINE_H

#if defined(__has_attribute)
# if __has_attribute(xinline)
#  define __xinline __attribute__((xinline))
# endif
#endif

#ifndef __xinline
# define __xinline
#endif

#endif /* XINLINE_H */
