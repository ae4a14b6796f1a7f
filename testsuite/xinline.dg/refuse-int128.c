/* Refusal: integers wider than 64 bits (__int128) are not exported, in the
   signature or only in the body.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

__xinline __int128
xi_triple (__int128 a) /* { dg-note "xinline: 'xi_triple' not exported: its signature has integer wider than 64 bits" } */
{
  return a * 3;
}

__xinline unsigned long
xi_mulhi (unsigned long a, unsigned long b) /* { dg-note "xinline: 'xi_mulhi' not exported: it computes with an? integer wider than 64 bits" } */
{
  return (unsigned long) (((unsigned __int128) a * b) >> 64);
}

__xinline unsigned long
xi_mullo (unsigned long a, unsigned long b)
{
  return a * b;
}

/* { dg-final { scan-xinline-not-exported xi_triple } } */
/* { dg-final { scan-xinline-not-exported xi_mulhi } } */
/* { dg-final { scan-xinline-exported xi_mullo } } */
