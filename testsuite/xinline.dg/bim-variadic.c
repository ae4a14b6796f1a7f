/* A variadic module-local copy: bv_warn and bv_twice call bvl_printk,
   which vmlinux does not export, a variadic body (va_start, its va_list
   passed to bvx_vemit, va_end).  GCC never inlines a va_start body, so
   the module defines the internal copy bvl_printk.xinline (or its
   clones) and calls it, never bvl_printk; the helpers themselves are
   inlined.  Run, compared with the plain build.  */
/* { dg-do run } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-variadic.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-variadic-provider.c" } */
/* { dg-xinline-provider "bim-variadic-lib-provider.c" } */

#include <stdio.h>

int bv_warn (int);
int bv_twice (int);

volatile int in[] = { -7, 0, 1, 4, 12, 65537 };

int
main (void)
{
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++)
    printf ("= %d %d\n", bv_warn (in[i]), bv_twice (in[i]));
  return 0;
}

/* { dg-final { scan-assembler "(^|\[^.a-z0-9_\])bvl_printk\\.xinline(\\.\[a-z0-9_.\]+)?:" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bvl_printk\\.xinline" } } */
/* { dg-final { scan-assembler-not "bvl_printk(\[^.a-z0-9_\]|$)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+bv_" } } */
