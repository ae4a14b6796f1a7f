/* Built-in bodies in modules, per-CPU variables: a module's %gs-relative
   access to a vmlinux per-CPU variable needs the variable exported
   (EXPORT_PER_CPU_SYMBOL, as this_cpu_off and __per_cpu_offset are).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-provider.c" } */

extern __seg_gs int pcpu_exported;
int bim_pcpu_ok (void);
int bim_pcpu_secret (void); /* { dg-note "not importing 'bim_pcpu_secret' from '\[^'\]*': it references 'pcpu_secret', which is not exported to modules" } */

int
use (void)
{
  return bim_pcpu_ok () + bim_pcpu_secret ();
}

/* { dg-final { scan-assembler-not "call\[ \t\]+bim_pcpu_ok" } } */
/* { dg-final { scan-assembler "%gs:pcpu_exported" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bim_pcpu_secret" } } */
