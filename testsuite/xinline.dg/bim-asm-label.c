/* Built-in bodies in modules: a symbol the body names through an asm
   label (GCC's "*NAME", as fortify-string.h's __real_strnlen __asm__
   ("strnlen")) is checked as NAME itself: exported, imported; not
   exported, refused with its plain name.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_asm_label (int);
int bim_asm_label_secret (int); /* { dg-note "not importing 'bim_asm_label_secret' from '\[^'\]*': it references 'secret_func', which is not exported to modules" } */

int
use (int x)
{
  return bim_asm_label (x) + bim_asm_label_secret (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_asm_label\[^_\]" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ok_func" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_asm_label_secret" } } */
