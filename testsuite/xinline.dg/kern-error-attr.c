/* A helper whose body calls an error-attribute function on a path that
   folds away unless the size is a constant that is too large
   (kern-error-attr-provider.c, the kernel's check_copy_size()).  Inlined
   with such a constant, the call survives: the consumer must get the
   attribute's compile error, as with the header's own inline function,
   not a call to an undefined symbol: the importer binds the callee to this
   unit's declaration, attribute and all.  */
/* { dg-do compile } */
/* { dg-xinline-provider "kern-error-attr-provider.c" } */

extern void xi_ea_bad_copy (void) __attribute__ ((error ("copy size too large")));
extern unsigned long xi_ea_copy (void *, const void *, unsigned long);

unsigned long
ok (void *to, const void *from, unsigned long n)
{
  return xi_ea_copy (to, from, 16) + xi_ea_copy (to, from, n);
}

unsigned long
too_large (void *to, const void *from)
{
  return xi_ea_copy (to, from, 100); /* { dg-error "call to 'xi_ea_bad_copy' declared with attribute error: copy size too large" } */
}

