/* Selection: -fplugin-arg-xinline-export=GLOB given several times adds up
   (and a bare -fplugin-arg-xinline-export next to them does not reset
   the globs).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export=alpha_* -fplugin-arg-xinline-export -fplugin-arg-xinline-export=beta_*" } */

int alpha_one (int a) { return a + 1; }
int beta_two (int a) { return a + 2; }
int gamma_three (int a) { return a + 3; }

/* { dg-final { scan-xinline-exported alpha_one } } */
/* { dg-final { scan-xinline-exported beta_two } } */
/* { dg-final { scan-xinline-not-exported gamma_three } } */
