/* Built-in bodies in modules: the rules for what a module may link apply
   to built-in bodies as to module ones, and to the helper itself: with a
   non-GPL licence a GPL-only helper or a body referencing a GPL-only
   export is refused, so is a helper or a reference in a namespace the
   module does not import, and a reference to a symbol vmlinux does not
   export.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers" } */
/* { dg-xinline-provider "bim-provider.c" } */

static const char license[] __attribute__ ((section (".modinfo"), used,
                                            aligned (1)))
  = "license=Proprietary";

int bim_plain (int);
int bim_gpl_helper (int);  /* { dg-note "the DB has only its built-in flavour, and this module may not call 'bim_gpl_helper' \\(it is GPL-only and the module license is not GPL-compatible\\)" } */
int bim_ns_helper (int);   /* { dg-note "the DB has only its built-in flavour, and this module may not call 'bim_ns_helper' \\(its namespace is not imported by the module\\)" } */
int bim_gpl (int);         /* { dg-note "not importing 'bim_gpl' from '\[^'\]*': it references GPL-only 'gpl_func' and the module license is 'Proprietary'" } */
int bim_ns (int);          /* { dg-note "not importing 'bim_ns' from '\[^'\]*': it references 'ns_func' of namespace MY_NS, which the module does not import" } */
int bim_secret (int);      /* { dg-note "not importing 'bim_secret' from '\[^'\]*': it references 'secret_func', which is not exported to modules" } */

int
use (int x)
{
  return bim_plain (x) + bim_gpl_helper (x) + bim_ns_helper (x) + bim_gpl (x)
         + bim_ns (x) + bim_secret (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_plain" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_gpl_helper" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_ns_helper" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_gpl\[^_\]" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bim_ns\[^_\]" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_secret" } } */
