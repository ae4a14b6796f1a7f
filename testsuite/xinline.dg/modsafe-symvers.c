/* Module safety: with -fplugin-arg-xinline-symvers, a body that references
   a symbol modules cannot link (not in Module.symvers, also as an asm call
   target) is not imported, with a warning naming the symbol; bodies that
   reference only exported symbols are.  An asm call target completed by a
   constant operand ("call __get_user_%c[size]") is checked completed.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/fake.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

int ms_ok (int);
int ms_secret (int);       /* { dg-note "not importing 'ms_secret' from '\[^'\]*': it references 'secret_func', which is not exported to modules" } */
int ms_secret_var (int);   /* { dg-note "not importing 'ms_secret_var' from '\[^'\]*': it references 'secret_var', which is not exported to modules" } */
int ms_asm_call (int);     /* { dg-note "not importing 'ms_asm_call' from '\[^'\]*': it references 'secret_func', which is not exported" } */
int ms_asm_ok (int);
int ms_plain (int);
int ms_asm_sized (int);
int ms_asm_sized8 (int);   /* { dg-note "not importing 'ms_asm_sized8' from '\[^'\]*': it references 'ok_func_8', which is not exported" } */

int
use (int x)
{
  return ms_ok (x) + ms_secret (x) + ms_secret_var (x) + ms_asm_call (x)
         + ms_asm_ok (x) + ms_plain (x) + ms_asm_sized (x) + ms_asm_sized8 (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+ms_ok" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+ms_asm_ok" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+ms_plain" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ms_secret\[^_\]" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ms_secret_var" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ms_asm_call" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+ms_asm_sized\[^8\]" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ok_func_4" } } */
/* { dg-final { scan-assembler "call\[ \t\]+ms_asm_sized8" } } */
