/* Module safety and error-attribute callees: the helper of
   kern-error-attr-provider.c references xi_ea_bad_copy, which no
   Module.symvers exports -- it is never linked: a call that survives is a
   compile error (the kernel's __bad_copy_from/__bad_copy_to in
   copy_from_user/copy_to_user).  So the helper is imported and inlined
   into a module.  The importer finds this unit's declaration (collected
   while parsing: an unused declaration is not in the symbol table).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/kern-error-attr.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "kern-error-attr-provider.c" "-DMODULE" } */

extern void xi_ea_bad_copy (void) __attribute__ ((error ("copy size too large")));
extern unsigned long xi_ea_copy (void *, const void *, unsigned long);

unsigned long
copy (void *to, const void *from, unsigned long n)
{
  return xi_ea_copy (to, from, 16) + xi_ea_copy (to, from, n);
}

/* { dg-final { scan-objdump-calls-not xi_ea_copy } } */
