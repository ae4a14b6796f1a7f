/* xir-target.c - targets known by name: the xir_target of a unit's
 * metadata target string ("x86_64-linux-gnu p64 le"), so that a tool that
 * is not a compiler (xinline-db build) can check bodies by the typing
 * rules of the reader that will import them.  A compiler fills its own
 * from its back end (the GCC plugin: xi_gcc_target); the values here are
 * what GCC's back end reports for each target.
 */
#include "xir-int.h"

#include <stdio.h>
#include <string.h>

struct known_target {
  const char *arch;           /* the triple's first component */
  unsigned ptr_bits;          /* the metadata's pNN */
  xir_target t;
};

/* x86 (either size): GCC accepts a pointer mode for every address space
   below 16, and expands the double width of 32-bit values everywhere and
   of 64-bit ones on x86-64; x86-64 has 128-bit integers (TImode), whose
   double width it has not.  An x86_64 triple with 32-bit pointers is -m32
   or -mx32, which differ in that: not known.  */
static const struct known_target known[] = {
  { "x86_64", 64, { 64, 32, 16, 64, 0xffff } },
  { "i386", 32, { 32, 32, 8, 32, 0xffff } },
  { "i486", 32, { 32, 32, 8, 32, 0xffff } },
  { "i586", 32, { 32, 32, 8, 32, 0xffff } },
  { "i686", 32, { 32, 32, 8, 32, 0xffff } },
};

int
xir_target_from_meta (const char *target, xir_target *t)
{
  char arch[32], endian[8];
  unsigned ptr, i;
  size_t n;
  memset (t, 0, sizeof *t);
  if (!target)
    return -1;
  n = strcspn (target, "- ");
  if (n >= sizeof arch || target[n] != '-')
    return -1;
  memcpy (arch, target, n);
  arch[n] = 0;
  target = strchr (target, ' ');
  if (!target || sscanf (target, " p%u %7s", &ptr, endian) != 2
      || strcmp (endian, "le"))
    return -1;
  for (i = 0; i < sizeof known / sizeof known[0]; i++)
    if (!strcmp (arch, known[i].arch) && ptr == known[i].ptr_bits)
      {
        *t = known[i].t;
        return 0;
      }
  return -1;
}
