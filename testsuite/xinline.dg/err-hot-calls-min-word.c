/* Error: -fplugin-arg-xinline-hot-calls-min with a value that is not a
   number (a percentage) is one error naming the range and the value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-xinline-export-auto=5 -fplugin-arg-xinline-hot-calls-min=10%" } */

int x;

/* { dg-error "xinline: '-fplugin-arg-xinline-hot-calls-min' needs a frequency in permille of the unit's entries from 0 to 1000, e.g. '=100'; got '10%'" "" { target *-*-* } 0 } */
