/* A variable declared in the __seg_fs address space (imp-seg-fs-var-
   provider.c) is imported and its read inlined as an %fs: access.  Run:
   the variable is placed at address 0 (--defsym), where %fs:0 is glibc's
   TCB self pointer on x86-64, so the inlined read equals the value read
   by asm; built without PIE so that the symbol's address is absolute.  */
/* { dg-do run } */
/* { dg-options "-O2 -fno-pie -no-pie -Wl,--defsym=xi_fs_self=0" } */
/* { dg-xinline-provider "imp-seg-fs-var-provider.c" "-fno-pie" } */

#include <stdio.h>

extern unsigned long __seg_fs xi_fs_self;
unsigned long xi_fs_tcb (void);
unsigned long __seg_fs *xi_fs_addr (void);

int
main (void)
{
  unsigned long v;
  __asm__ ("mov %%fs:0, %0" : "=r" (v));
  printf ("%d %d\n", xi_fs_tcb () == v, xi_fs_addr () == &xi_fs_self);
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_fs_tcb } } */
/* { dg-final { scan-objdump-calls-not xi_fs_addr } } */
/* { dg-final { scan-assembler "%fs:xi_fs_self" } } */
