/* Provider for kern-asm-labels.c: asm with numeric labels, %= labels and
   pushed-section tables, as kernel helpers have them.  */
#include <xinline.h>

/* A loop on a numeric label, and a table entry naming it (like
   .smp_locks or __ex_table). */
__xinline unsigned xi_kal_spin (unsigned n)
{
  unsigned r = 0;
  if (n)
    __asm__ volatile ("1:\tincl %1\n\tdecl %0\n\tjnz 1b\n"
                      "\t.pushsection xi_kal_table, \"a\"\n"
                      "\t.balign 4\n"
                      "\t.long 1b - .\n"
                      "\t.popsection"
                      : "+r" (n), "+r" (r) : : "cc");
  return r;
}

/* A label made unique per asm instance with %=. */
__xinline int xi_kal_count_bits (unsigned long w)
{
  int n;
  __asm__ ("xorl %0, %0\n"
           "xi_kal_loop%=:\n\t"
           "testq %1, %1\n\t"
           "jz xi_kal_done%=\n\t"
           "leaq -1(%1), %%rcx\n\t"
           "andq %%rcx, %1\n\t"
           "incl %0\n\t"
           "jmp xi_kal_loop%=\n"
           "xi_kal_done%=:"
           : "=&r" (n), "+r" (w) : : "rcx", "cc");
  return n;
}

/* WARN_ON() shape: a never-executed ud2 recorded in a bug table with the
   file name's address as an "i" operand. */
__xinline int xi_kal_warn_on (int cond)
{
  if (__builtin_expect (cond > 1000, 0))
    __asm__ volatile ("1:\tud2\n"
                      ".pushsection xi_kal_bug_table,\"aw\"\n"
                      "2:\t.long 1b - 2b\n"
                      "\t.long %c0 - 2b\n"
                      "\t.word %c1\n"
                      "\t.word %c2\n"
                      ".popsection"
                      : : "i" ("kern-asm-labels-provider.c"), "i" (__LINE__),
                        "i" (1 << 1));
  return cond > 1000;
}
