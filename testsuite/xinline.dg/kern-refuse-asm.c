/* Inline asm is copied into every consumer that inlines the helper, as
   often as it is inlined: asm that defines a symbol or a non-numeric
   label would be defined twice (an assembler or link error), so the
   helper is refused with one of two exact notes.  Asm the kernel's
   helpers use is exported: numeric local labels, labels made unique with
   %=, .pushsection/.popsection tables referring to numeric labels (the
   kernel's __bug_table, __jump_table, .smp_locks, __ex_table entries).
   Also definitions hidden after a label, macros and .weakref.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

/* ---- refused: symbols ---------------------------------------------------- */

__xinline int
xi_kr_globl (int x) /* { dg-note "xinline: 'xi_kr_globl' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ (".globl xi_kr_g1\n\t.set xi_kr_g1, 1" : "+r" (x));
  return x;
}

__xinline int
xi_kr_set (int x) /* { dg-note "xinline: 'xi_kr_set' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ ("addl $1, %0\n\t.set xi_kr_s, 5" : "+r" (x));
  return x;
}

__xinline int
xi_kr_weak (int x) /* { dg-note "xinline: 'xi_kr_weak' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ ("\t.weak xi_kr_w\n" : "+r" (x));
  return x;
}

__xinline int
xi_kr_type (int x) /* { dg-note "xinline: 'xi_kr_type' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ (".type xi_kr_t, @object; nop" : "+r" (x));
  return x;
}

__xinline int
xi_kr_comm (int x) /* { dg-note "xinline: 'xi_kr_comm' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ (".comm xi_kr_c, 8, 8" : "+r" (x));
  return x;
}

/* ---- refused: non-numeric labels ------------------------------------------ */

__xinline int
xi_kr_label (int x) /* { dg-note "xinline: 'xi_kr_label' not exported: it has inline assembly that defines a non-numeric label" } */
{
  __asm__ ("xi_kr_again:\n\tdecl %0\n\tjnz xi_kr_again" : "+r" (x));
  return x;
}

__xinline int
xi_kr_local_label (int x) /* { dg-note "xinline: 'xi_kr_local_label' not exported: it has inline assembly that defines a non-numeric label" } */
{
  __asm__ ("\t.Lxi_kr_loop: decl %0\n\tjnz .Lxi_kr_loop" : "+r" (x));
  return x;
}

__xinline int
xi_kr_semi_label (int x) /* { dg-note "xinline: 'xi_kr_semi_label' not exported: it has inline assembly that defines a non-numeric label" } */
{
  __asm__ ("nop; xi_kr_l2: nop" : "+r" (x));
  return x;
}

__xinline int
xi_kr_data_label (int x) /* { dg-note "xinline: 'xi_kr_data_label' not exported: it has inline assembly that defines a non-numeric label" } */
{
  __asm__ (".pushsection .data\nxi_kr_d: .long 0\n.popsection" : "+r" (x));
  return x;
}

/* ---- exported: what kernel helpers do ------------------------------------ */

__xinline int
xi_kr_numeric (int x)
{
  __asm__ ("1: decl %0\n\tjnz 1b\n2:\n"
           "\t.pushsection .xi_kr_table, \"a\"\n"
           "\t.balign 4\n"
           "\t.long 1b - ., 2b - .\n"
           "\t.popsection" : "+r" (x));
  return x;
}

__xinline int
xi_kr_unique (int x)
{
  __asm__ ("xi_kr_u%=: decl %0\n\tjnz xi_kr_u%=" : "+r" (x));
  return x;
}

/* The kernel's BUG()/WARN() shape: ud2 and a __bug_table entry with "i"
   operands (a string's address, a line number, flags, an entry size). */
__xinline void
xi_kr_bug (int cond)
{
  if (cond)
    __asm__ volatile ("1:\tud2\n"
                      ".pushsection __xi_bug_table,\"aw\"\n"
                      "2:\t.long 1b - 2b\n"
                      "\t.long %c0 - 2b\n"
                      "\t.word %c1\n"
                      "\t.word %c2\n"
                      "\t.org 2b+%c3\n"
                      ".popsection"
                      : : "i" (__FILE__), "i" (__LINE__), "i" (1 << 1),
                        "i" (12));
}

/* ---- definitions inside longer statements -------------------------------- */

/* A directive after a numeric label, and "NAME = EXPR" (defines NAME): two
   consumers inlining it both define the global xi_kr_g2. */
__xinline int
xi_kr_after_label (int x) /* { dg-note "xinline: 'xi_kr_after_label' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ ("1: .globl xi_kr_g2\n\txi_kr_g2 = 1b" : "+r" (x));
  return x;
}

/* A macro definition: inlined twice in one unit, "Macro `xi_kr_mac' was
   already defined". */
__xinline int
xi_kr_macro (int x) /* { dg-note "xinline: 'xi_kr_macro' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ (".macro xi_kr_mac r\n\tincl \\r\n.endm\n\txi_kr_mac %0" : "+r" (x));
  return x;
}

/* .weakref defines its alias: inlined twice, "symbol `xi_kr_wr' is
   already defined". */
__xinline int
xi_kr_weakref (int x) /* { dg-note "xinline: 'xi_kr_weakref' not exported: it has inline assembly that defines a symbol" } */
{
  __asm__ (".weakref xi_kr_wr, xi_kr_target" : "+r" (x));
  return x;
}

/* { dg-final { scan-xinline-not-exported xi_kr_globl } } */
/* { dg-final { scan-xinline-not-exported xi_kr_set } } */
/* { dg-final { scan-xinline-not-exported xi_kr_weak } } */
/* { dg-final { scan-xinline-not-exported xi_kr_type } } */
/* { dg-final { scan-xinline-not-exported xi_kr_comm } } */
/* { dg-final { scan-xinline-not-exported xi_kr_label } } */
/* { dg-final { scan-xinline-not-exported xi_kr_local_label } } */
/* { dg-final { scan-xinline-not-exported xi_kr_semi_label } } */
/* { dg-final { scan-xinline-not-exported xi_kr_data_label } } */
/* { dg-final { scan-xinline-exported xi_kr_numeric } } */
/* { dg-final { scan-xinline-exported xi_kr_unique } } */
/* { dg-final { scan-xinline-exported xi_kr_bug } } */
/* { dg-final { scan-xinline-not-exported xi_kr_after_label } } */
/* { dg-final { scan-xinline-not-exported xi_kr_macro } } */
/* { dg-final { scan-xinline-not-exported xi_kr_weakref } } */
