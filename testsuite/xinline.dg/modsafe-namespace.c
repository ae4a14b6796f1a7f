/* Module safety: a namespaced export needs the namespace imported.  Not
   imported here: refused; ms_ok is unaffected.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/fake.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

int ms_ok (int);
int ms_ns (int);           /* { dg-note "not importing 'ms_ns' from '\[^'\]*': it references 'ns_func' of namespace MY_NS, which the module does not import" } */

int
use (int x)
{
  return ms_ok (x) + ms_ns (x);
}

/* { dg-final { scan-assembler "call\[ \t\]+ms_ns" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+ms_ok" } } */
