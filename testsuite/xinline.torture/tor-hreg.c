/* Hard-register variables as asm operands and a __seg_fs variable in
   imported helpers (tor-hreg-provider.c) at every optimization level: all
   inlined, same output as without the plugin.  The __seg_fs variable sits
   at address 0 (%fs:0 is glibc's TCB self pointer on x86-64).  */
/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie -Wl,--defsym=xi_th_fs0=0" } */
/* { dg-xinline-provider "tor-hreg-provider.c" "-fno-pie" } */

#include <stdio.h>

extern long xi_th_mix (long, long, long);
extern unsigned xi_th_loop (unsigned);
extern int xi_th_sp (void);
extern int xi_th_tcb (void *);

volatile long vin[] = { 0, 1, -1, 0x7fff, 0x123456789abcdefl, -42 };
#define N (sizeof vin / sizeof vin[0])

int
main (void)
{
  void *self;
  __asm__ ("mov %%fs:0, %0" : "=r" (self));
  for (unsigned i = 0; i < N; i++)
    printf ("%ld %u\n", xi_th_mix (vin[i], vin[(i + 1) % N], vin[(i + 2) % N]),
	    xi_th_loop ((unsigned) vin[i] & 15));
  printf ("%d %d\n", xi_th_sp (), xi_th_tcb (self));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_th_mix } } */
/* { dg-final { scan-objdump-calls-not xi_th_loop } } */
/* { dg-final { scan-objdump-calls-not xi_th_sp } } */
/* { dg-final { scan-objdump-calls-not xi_th_tcb } } */
