/* Error: -fplugin-arg-xinline-disable takes no value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-disable=1" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-disable' takes no value" "" { target *-*-* } 0 } */
