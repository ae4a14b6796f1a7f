/* At -O0 the consumer imports nothing: the call to the DB helper stays a
   call, no "not importing" warning is given, and the report says why.  */
/* { dg-do compile } */
/* { dg-options "-O0 -fplugin-arg-xinline-report" } */
/* { dg-xinline-provider "imp-O0-provider.c" } */

extern int xi_get (const int *);	/* { dg-bogus "not importing" } */

int
use (int *p)
{
  return xi_get (p) + 1;	/* { dg-note "xinline: call to 'xi_get' not inlined: xinline does not import at -O0" } */
}

/* { dg-final { scan-assembler "call\\s+xi_get" } } */
