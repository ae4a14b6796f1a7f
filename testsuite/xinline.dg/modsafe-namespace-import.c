/* Module safety: MODULE_IMPORT_NS(MY_NS) (an "import_ns=" .modinfo string)
   makes the namespaced export usable: the helper is inlined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/fake.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "modsafe-provider.c" "-DMODULE" } */

static const char import_ns[] __attribute__ ((section (".modinfo"), used,
                                              aligned (1)))
  = "import_ns=MY_NS";

int ms_ns (int);

int
use (int x)
{
  return ms_ns (x);
}

/* { dg-final { scan-assembler-not "call\[ \t\]+ms_ns" } } */
/* { dg-final { scan-assembler "ns_func" } } */
