/* Error: -fplugin-arg-xinline-verbose takes no value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -fplugin-arg-xinline-verbose=1" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-verbose' takes no value" "" { target *-*-* } 0 } */
