/* Provider for the bim-*.c tests (built-in bodies in modules): compiled
   without -DMODULE, so its helpers are the built-in flavour, as in
   vmlinux.  Each helper uses one construct a module may or may not be
   able to link or load; inputs/bim.symvers says what "vmlinux" exports
   (the helpers themselves, except bim_unexported).  */
#include <xinline.h>

extern int ok_func (int);
extern int ok_var;
extern int gpl_func (int);
extern int ns_func (int);
extern int secret_func (int);
extern int secret_var;

/* Plain bodies; bim_unexported is not exported to modules, bim_gpl_helper
   is GPL-only, bim_ns_helper is in namespace MY_NS.  */
__xinline int bim_plain (int x) { return x * 3; }
__xinline int bim_unexported (int x) { return x * 5; }
__xinline int bim_gpl_helper (int x) { return x * 7; }
__xinline int bim_ns_helper (int x) { return x * 9; }

/* Bodies referencing other symbols (the existing rules); bim_asm_label
   by an asm label, as fortify-string.h declares __real_strnlen.  */
extern int ok_func_label (int) __asm__ ("ok_func");
extern int secret_func_label (int) __asm__ ("secret_func");
__xinline int bim_asm_label (int x) { return ok_func_label (x); }
__xinline int bim_asm_label_secret (int x) { return secret_func_label (x); }
__xinline int bim_secret (int x) { return secret_func (x); }
__xinline int bim_gpl (int x) { return gpl_func (x); }
__xinline int bim_ns (int x) { return ns_func (x); }

/* Static calls, as include/linux/static_call.h and asm/preempt.h write
   them: a call to the trampoline __SCT__NAME; static_call() also makes
   the key __SCK__NAME addressable in .discard.addressable.  */
struct static_call_key { void *func; };
#define __ADDRESSABLE(sym)						\
  static void *__attribute__ ((section (".discard.addressable"), used))	\
    __addressable_##sym = (void *) &sym;
extern int __SCT__tramp_only (int);
extern struct static_call_key __SCK__tramp_only;
extern int __SCT__keyed (int);
extern struct static_call_key __SCK__keyed;
extern int __SCT__hidden (int);
extern struct static_call_key __SCK__WARN_trap;

/* static_call_mod(): the trampoline only (EXPORT_STATIC_CALL_TRAMP).  */
__xinline int bim_sc_mod (int x)
{
  __asm__ volatile ("call __SCT__tramp_only" : "+D" (x) : : "rax", "memory");
  return x;
}
__xinline int bim_sc_direct (int x) { return __SCT__tramp_only (x) + 1; }
/* static_call(): the key is made addressable (not carried by the IR).  */
__xinline int bim_sc_addressable (int x)
{
  return ({ __ADDRESSABLE (__SCK__tramp_only) __SCT__tramp_only; }) (x);
}
/* A trampoline whose key is exported (EXPORT_STATIC_CALL).  */
__xinline int bim_sc_keyed (int x) { return __SCT__keyed (x); }
/* ... and a body that references that key itself (static_call_query).  */
__xinline int bim_sc_keyed_ref (int x)
{
  return __SCK__keyed.func ? __SCT__keyed (x) : 0;
}
__xinline int bim_sc_hidden (int x) { return __SCT__hidden (x); }
/* A key only vmlinux has (upstream's __SCK__WARN_trap modpost failure).  */
__xinline int bim_sc_key_unexp (int x)
{
  return __SCK__WARN_trap.func != 0 ? x : -x;
}

/* Jump labels, as arch/x86/include/asm/jump_label.h writes them.  */
struct static_key { int enabled; };
extern struct static_key exported_key;
extern struct static_key secret_key;
static inline __attribute__ ((always_inline)) int
arch_static_branch (struct static_key *key, int branch)
{
  __asm__ goto ("1: .byte 0x0f,0x1f,0x44,0x00,0\n\t"
                ".pushsection __jump_table, \"aw\"\n\t"
                ".balign 8\n\t"
                ".long 1b - ., %l[l_yes] - .\n\t"
                ".quad %c0 + %c1 - .\n\t"
                ".popsection"
                : : "i" (key), "i" (branch) : : l_yes);
  return 0;
l_yes:
  return 1;
}
__xinline int bim_jl_ok (int x)
{
  return arch_static_branch (&exported_key, 0) ? x + 1 : x;
}
__xinline int bim_jl_secret (int x)
{
  return arch_static_branch (&secret_key, 0) ? x + 1 : x;
}

/* Tracepoints, as include/linux/tracepoint.h writes them: a jump label on
   the tracepoint's key (trace_NAME_enabled()), and trace_NAME() adds the
   call of the static call tp_func_NAME.  EXPORT_TRACEPOINT_SYMBOL(_GPL)
   exports __tracepoint_NAME and the static call's key and trampoline;
   xi_unexp is a tracepoint vmlinux does not export.  */
struct tracepoint { struct static_key key; void *funcs; };
extern struct tracepoint __tracepoint_xi_exp;
extern struct tracepoint __tracepoint_xi_unexp;
extern void __SCT__tp_func_xi_exp (void *, int);
__xinline int bim_tp_enabled (int x)
{
  return arch_static_branch (&__tracepoint_xi_exp.key, 0) ? x + 1 : x;
}
__xinline int bim_tp_unexp (int x)
{
  return arch_static_branch (&__tracepoint_xi_unexp.key, 0) ? x + 1 : x;
}
__xinline int bim_tp_trace (int x)
{
  if (arch_static_branch (&__tracepoint_xi_exp.key, 0)
      && __tracepoint_xi_exp.funcs)
    __SCT__tp_func_xi_exp (__tracepoint_xi_exp.funcs, x);
  return x;
}

/* A symbol named in a .discard.addressable data directive (after a
   label).  */
__xinline int bim_discard_asm (int x)
{
  __asm__ (".pushsection .discard.addressable, \"aw\"\n\t1: .quad secret_var\n\t"
           ".popsection" : "+r" (x));
  return x;
}

/* The kernel's bug table (x86 _BUG_FLAGS): data directives with '#'
   comments naming no symbol.  */
__xinline int bim_bug_table (int x)
{
  if (x < 0)
    __asm__ volatile ("1:\tud2\n"
                      ".pushsection __bug_table,\"aw\"\n"
                      "2:\t.long 1b - .\t# bug_entry::bug_addr\n"
                      "\t.long %c0 - .\t# bug_entry::file\n"
                      "\t.word %c1\t# bug_entry::line\n"
                      "\t.org 2b+%c2\n"
                      ".popsection" : : "i" (__FILE__), "i" (__LINE__),
                      "i" (12));
  return x;
}

/* Alternatives: the replacement's call target counts.  */
#define ALTERNATIVE_CALL(old, new)					\
  "661: call " old "\n662:\n"						\
  ".pushsection .altinstructions,\"a\"\n"				\
  " .long 661b - .\n .long 6641f - .\n .popsection\n"			\
  ".pushsection .altinstr_replacement, \"ax\"\n"			\
  "6641: call " new "\n6642:\n .popsection"
__xinline int bim_alt_ok (int x)
{
  __asm__ volatile (ALTERNATIVE_CALL ("ok_func", "ok_func")
                    : "+D" (x) : : "rax", "memory");
  return x;
}
__xinline int bim_alt_secret (int x)
{
  __asm__ volatile (ALTERNATIVE_CALL ("ok_func", "secret_func")
                    : "+D" (x) : : "rax", "memory");
  return x;
}

/* Paravirt: an indirect call through the pv_ops table.  */
extern void *pv_ops[];
extern void *pv_hidden[];
__xinline int bim_pv_ok (int x)
{
  __asm__ volatile ("call *%[op]" : "+D" (x) : [op] "m" (pv_ops[3])
                    : "rax", "memory");
  return x;
}
__xinline int bim_pv_hidden (int x)
{
  __asm__ volatile ("call *%[op]" : "+D" (x) : [op] "m" (pv_hidden[3])
                    : "rax", "memory");
  return x;
}

/* Inline asm that puts code in sections only vmlinux handles.  */
__xinline int bim_noinstr_asm (int x)
{
  __asm__ (".pushsection .noinstr.text, \"ax\"\n\tnop\n\t.popsection"
           : "+r" (x));
  return x;
}
__xinline int bim_init_asm (int x)
{
  __asm__ (".section \".init.text\", \"ax\"\n\tnop\n\t.previous"
           : "+r" (x));
  return x;
}

/* THIS_MODULE is NULL in built-in code; a reference to __this_module
   would be the module itself in a module.  */
struct module;
extern struct module __this_module;
__xinline struct module *bim_this_module (void) { return &__this_module; }

/* KBUILD_MODNAME and __func__: strings of the provider's build.  */
#define KBUILD_MODNAME "bim_provider"
extern int ok_print (const char *, const char *);
__xinline int bim_strings (void) { return ok_print (KBUILD_MODNAME, __func__); }

/* Per-CPU variables (x86: %gs-relative).  */
extern __seg_gs int pcpu_exported;
extern __seg_gs int pcpu_secret;
__xinline int bim_pcpu_ok (void) { return pcpu_exported; }
__xinline int bim_pcpu_secret (void) { return pcpu_secret; }

/* A KCFI type hash symbol (Clang's CONFIG_CFI_CLANG writes them).  */
extern const int __kcfi_typeid_ok_func;
__xinline int bim_kcfi (void) { return __kcfi_typeid_ok_func; }

/* Not exported at all: a body that needs a static function, and a
   noinstr function.  */
static __attribute__ ((noinline)) int bim_static_fn (int x) { return x ^ 3; }
__xinline int bim_uses_static (int x) { return bim_static_fn (x) + 1; }
__attribute__ ((section (".noinstr.text"))) __xinline int
bim_noinstr (int x)
{
  return x + 11;
}
