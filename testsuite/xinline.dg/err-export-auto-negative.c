/* Error: -fplugin-arg-xinline-export-auto=-1 is out of range (0 to
   10000): one error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=-1" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-auto' needs a statement count from 0 to 10000, e.g. '=5'; got '-1'" "" { target *-*-* } 0 } */
