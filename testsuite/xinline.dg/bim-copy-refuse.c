/* Module-local copies that cannot be made, each refused with its reason:
   the helper stays a call.  An unexported callee that references data
   vmlinux does not export (bcl_data, also one level down), that calls
   itself (bcl_rec_a through bcl_rec_b), whose address is taken (a copy
   would have another address; also where the same body calls it, and
   where an asm output names its memory), or
   that would nest more than twelve copies deep (bc_too_deep), or one
   copy too many for a body (65 callees: bc_many); a callee
   whose body the DB does not hold (bcx_secret) is refused as before.  A
   variadic callee is copied (bim-variadic.c).  */
/* { dg-do compile } */
/* { dg-options "-O2 -DMODULE -fplugin-arg-xinline-symvers=$srcdir/xinline.dg/inputs/bim-copy.symvers -fplugin-arg-xinline-license=GPL" } */
/* { dg-xinline-provider "bim-copy-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib1-provider.c" } */
/* { dg-xinline-provider "bim-copy-lib2-provider.c" } */

int bc_data (int);        /* { dg-note "not importing 'bc_data' from '\[^'\]*': it references 'bcl_data', which is not exported to modules, and no module-local copy of it can be made: its body references 'bcx_secret_var' \\(it is not in the Module.symvers given\\)" } */
int bc_nested_data (int); /* { dg-note "not importing 'bc_nested_data' from '\[^'\]*': it references 'bcl_calls_data', which is not exported to modules, and no module-local copy of it can be made: its callee 'bcl_data' cannot be copied: its body references 'bcx_secret_var'" } */
int bc_rec (int);         /* { dg-note "not importing 'bc_rec' from '\[^'\]*': it references 'bcl_rec_a', which is not exported to modules, and no module-local copy of it can be made: its callee 'bcl_rec_a' cannot be copied: it calls itself" } */
int bc_addr (int);        /* { dg-note "not importing 'bc_addr' from '\[^'\]*': it references 'bcl_addr', which is not exported to modules, and no module-local copy of it can be made: its address is taken" } */
int bc_addr_call (int);   /* { dg-note "not importing 'bc_addr_call' from '\[^'\]*': it references 'bcl_addr', which is not exported to modules, and no module-local copy of it can be made: its address is taken" } */
int bc_addr_asm (int);    /* { dg-note "not importing 'bc_addr_asm' from '\[^'\]*': it references 'bcl_inner', which is not exported to modules, and no module-local copy of it can be made: its address is taken" } */
int bc_too_deep (int);    /* { dg-note "not importing 'bc_too_deep' from '\[^'\]*': it references 'bcl_deep0', which is not exported to modules, and no module-local copy of it can be made: .*copies would nest deeper than 12 levels" } */
int bc_many (int);        /* { dg-note "not importing 'bc_many' from '\[^'\]*': it references 'bcl_m\[0-9\]+', which is not exported to modules, and no module-local copy of it can be made: a body may need at most 64 copies" } */
int bc_nobody (int);      /* { dg-note "not importing 'bc_nobody' from '\[^'\]*': it references 'bcx_secret', which is not exported to modules \\(not in the Module.symvers given\\)" } */

int
use (int x)
{
  return bc_data (x) + bc_nested_data (x) + bc_rec (x) + bc_addr (x)
         + bc_addr_call (x) + bc_addr_asm (x) + bc_too_deep (x) + bc_many (x)
         + bc_nobody (x);
}

/* { dg-final { scan-assembler "call\[ \t\]+bc_data" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_nested_data" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_rec" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_addr" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_addr_call" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_addr_asm" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_too_deep" } } */
/* { dg-final { scan-assembler "call\[ \t\]+bc_many" } } */
/* { dg-final { scan-assembler "(call|jmp)\[ \t\]+bc_nobody" } } */
/* { dg-final { scan-assembler-not "bcl_" } } */
