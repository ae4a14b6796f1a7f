/* Refusal: a helper referencing a thread-local variable is not exported
   (TLS access models differ between objects).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__thread int per_thread;
int global_count;

__xinline int
xi_tls_get (void) /* { dg-note "xinline: 'xi_tls_get' not exported: it references thread-local variable 'per_thread'" } */
{
  return per_thread;
}

__xinline int
xi_global_get (void)
{
  return global_count;
}

/* { dg-final { scan-xinline-not-exported xi_tls_get } } */
/* { dg-final { scan-xinline-exported xi_global_get } } */
