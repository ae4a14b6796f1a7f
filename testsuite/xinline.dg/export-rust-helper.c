/* Selection: in export mode, functions named rust_helper_* are exported
   without __xinline (the Rust-for-Linux C helpers); names merely containing
   or resembling the prefix are not.  A refused rust_helper_* gets a note
   like any explicitly selected helper.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

int
rust_helper_add (int a, int b)
{
  return a + b;
}

unsigned long
rust_helper_mask (unsigned long x, unsigned int bits)
{
  return x & ((1ul << bits) - 1);
}

int
my_rust_helper_sub (int a, int b)
{
  return a - b;
}

int
rust_helperadd (int a, int b)
{
  return a + b;
}

int
Rust_helper_neg (int a)
{
  return -a;
}

double
rust_helper_half (double d) /* { dg-note "xinline: 'rust_helper_half' not exported: its signature has floating-point or complex value \\(xinline carries only integer and pointer values: keep this helper out of line\\)" } */
{
  return d / 2;
}

/* { dg-final { scan-xinline-exported rust_helper_add } } */
/* { dg-final { scan-xinline-exported rust_helper_mask } } */
/* { dg-final { scan-xinline-not-exported my_rust_helper_sub } } */
/* { dg-final { scan-xinline-not-exported rust_helperadd } } */
/* { dg-final { scan-xinline-not-exported Rust_helper_neg } } */
/* { dg-final { scan-xinline-not-exported rust_helper_half } } */
