/* Two DBs that both hold a helper of the same name with different bodies:
   the consumer cannot know which one the linker will pick, so this is an
   error naming the helper.  */
/* { dg-do compile } */
/* { dg-xinline-provider "imp-dup-db-provider-a.c" } */
/* { dg-xinline-provider "imp-dup-db-provider-b.c" } */
/* { dg-error "xinline: helper DBs '\[^'\]*': \[^\n\]*xi_dup\[^\n\]*pass each helper once" "" { target *-*-* } 0 } */

extern int xi_dup (int);

int
use (int x)
{
  return xi_dup (x);
}
