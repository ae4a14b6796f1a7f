/* Error: -fplugin-arg-xinline-export-only with a DB to import from (an
   export-only compile generates no code) is one error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export -fplugin-arg-xinline-export-only -fplugin-arg-xinline-db=none.xdb" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-only' generates no code to import into; leave out '-fplugin-arg-xinline-db'" "" { target *-*-* } 0 } */
