/* Error: -fplugin-arg-xinline-export-only without export or export-auto
   (nothing says what to export) is one error naming both.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-only" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-export-only' needs '-fplugin-arg-xinline-export' or '-fplugin-arg-xinline-export-auto=N' \\(what to export\\)" "" { target *-*-* } 0 } */
