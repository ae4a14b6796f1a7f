/* Volatile stores and loads in imported helpers keep their count at every
   optimization level: two stores to tv_reg (in kick) and two loads of
   tv_stat (in poll).  All inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "tor-volatile-provider.c" } */

#include <stdio.h>

extern void xi_tv_kick (volatile unsigned *, unsigned);
extern unsigned xi_tv_poll (volatile unsigned *);

volatile unsigned tv_reg;
volatile unsigned tv_stat = 20;

__attribute__ ((noinline)) void
kick (unsigned v)
{
  xi_tv_kick (&tv_reg, v);
}

__attribute__ ((noinline)) unsigned
poll (void)
{
  return xi_tv_poll (&tv_stat);
}

int
main (int argc, char **argv)
{
  (void) argv;
  kick ((unsigned) argc * 4);
  printf ("%u %u\n", tv_reg, poll ());
  return 0;
}

/* { dg-final { scan-assembler-times "mov\[a-z\]*\[ \t\]+\[^,\]+, tv_reg\\(%rip\\)" 2 } } */
/* { dg-final { scan-assembler-times "mov\[a-z\]*\[ \t\]+tv_stat\\(%rip\\), " 2 } } */
/* { dg-final { scan-objdump-calls-not xi_tv_kick } } */
/* { dg-final { scan-objdump-calls-not xi_tv_poll } } */
