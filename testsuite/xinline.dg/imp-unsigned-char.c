/* A consumer compiled with -funsigned-char and a provider with signed
   plain char: the DB body has other semantics, so it is not imported (the
   warning names -fsigned-char) and the call stays.  */
/* { dg-do compile } */
/* { dg-options "-O2 -funsigned-char" } */
/* { dg-xinline-provider "imp-unsigned-char-provider.c" } */

extern int xi_uc_ext (char);	/* { dg-warning "not importing 'xi_uc_ext' from '\[^'\]*': its body was made with -fsigned-char, this unit uses -fno-signed-char" } */

int
use (char c)
{
  return xi_uc_ext (c);
}

/* { dg-final { scan-assembler "(call|jmp)\\s+xi_uc_ext" } } */
