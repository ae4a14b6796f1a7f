/* Error: -fplugin-arg-xinline-hot-calls-min without export or export-auto
   (the record is made by an exporting compile) is one error naming the
   argument given and what to add.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-hot-calls-min=100" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-hot-calls-min' is recorded by an exporting compile; add '-fplugin-arg-xinline-export-auto=N' or '-fplugin-arg-xinline-export'" "" { target *-*-* } 0 } */
