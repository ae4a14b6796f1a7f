/* Error: -fplugin-arg-xinline-export= with an empty glob list is one
   error (a bare -fplugin-arg-xinline-export is what selects no glob).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export=," } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export=' needs a name glob, e.g. '-fplugin-arg-xinline-export=my_helper_\\*'" "" { target *-*-* } 0 } */
