/* .gnu.xinline.calls version 2 with -fplugin-arg-xinline-hot-calls-min=200:
   a site under the threshold adds nothing to its callee's sum (mixed:
   only its plain call, 1000); the unit is export-hot-calls-sum.c, which
   records it with every site that is not cold.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=200" } */

#include "export-hot-calls-sum.c"

/* { dg-final { scan-assembler {^\t\.section\t\.gnu\.xinline\.calls,"e",@note\n\t\.string\t"xinline-calls 2"\n\t\.string\t"mixed 1000"\n\t\.string\t"once 1000"\n\t\.string\t"twice 2000"\n\t\.section} } } */
