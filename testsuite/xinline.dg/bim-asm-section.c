/* Built-in bodies in modules, sections: a built-in body's inline asm may
   only use the sections a module's loader handles as vmlinux's; code put
   in .noinstr.text or .init.text (freed, or checked, only in vmlinux) is
   refused, naming the section.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

int bim_plain (int);
int bim_noinstr_asm (int); /* { dg-note "not importing 'bim_noinstr_asm' from '\[^'\]*': its built-in body's inline asm uses section '.noinstr.text', which a module's loader does not handle as vmlinux's" } */
int bim_init_asm (int);    /* { dg-note "not importing 'bim_init_asm' from '\[^'\]*': its built-in body's inline asm uses section '.init.text'" } */

int
use (int x)
{
  return bim_plain (x) + bim_noinstr_asm (x) + bim_init_asm (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_noinstr_asm" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_init_asm" } } */
/* { dg-final { scan-assembler-not "noinstr.text" } } */
