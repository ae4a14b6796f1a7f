/* Error: -fplugin-arg-xinline-hot-calls without export or export-auto
   (the record is made by an exporting compile) is one error naming
   what to add.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-hot-calls" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-hot-calls' is recorded by an exporting compile; add '-fplugin-arg-xinline-export-auto=N' or '-fplugin-arg-xinline-export'" "" { target *-*-* } 0 } */
