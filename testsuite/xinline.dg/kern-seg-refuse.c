/* Named address spaces (__seg_gs, __seg_fs: the kernel's per-cpu
   accesses since 6.8 can be built on them) are not in IR version 1: a
   helper that takes, computes with or dereferences such a pointer is
   refused with a note naming the address space; %gs-relative inline asm
   (the 6.1 per-cpu accessors) is exported (kern-seg-asm.c imports it).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

extern int xi_pcpu_var;

__xinline int
xi_seg_read (const __seg_gs int *p) /* { dg-note "xinline: 'xi_seg_read' not exported: its signature has pointer into a named address space" } */
{
  return *p;
}

__xinline void
xi_seg_write (__seg_fs long *p, long v) /* { dg-note "xinline: 'xi_seg_write' not exported: its signature has pointer into a named address space" } */
{
  *p = v;
}

__xinline int
xi_seg_cast (void) /* { dg-note "xinline: 'xi_seg_cast' not exported: it computes with a pointer into a named address space" } */
{
  return *(const __seg_gs int *) (unsigned long) &xi_pcpu_var;
}

__xinline long
xi_seg_const (void) /* { dg-note "xinline: 'xi_seg_const' not exported: it accesses a named address space" } */
{
  return *(const __seg_fs long *) 16;
}

__xinline int
xi_seg_asm (void)
{
  int v;
  __asm__ ("movl %%gs:%P1, %0" : "=r" (v) : "p" (&xi_pcpu_var));
  return v;
}

/* { dg-final { scan-xinline-not-exported xi_seg_read } } */
/* { dg-final { scan-xinline-not-exported xi_seg_write } } */
/* { dg-final { scan-xinline-not-exported xi_seg_cast } } */
/* { dg-final { scan-xinline-not-exported xi_seg_const } } */
/* { dg-final { scan-xinline-exported xi_seg_asm } } */
