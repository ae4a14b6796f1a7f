/* xir-llvm.h - the IR -> LLVM IR translator (xir-llvm*.c): a helper's body
 * becomes the textual LLVM IR of one available_externally function, with
 * the symbols it references declared.
 *
 * Plain C99 (also valid C++), no LLVM headers: the text is what the LLVM
 * pass plugin parses (parseAssemblyString) and what `xinline-db emit-llvm`
 * prints.  The translation keeps the body's meaning exactly (docs/LLVM.md
 * lists the rules); any construct it cannot translate exactly refuses the
 * helper with a reason instead.  Output is deterministic.
 */
#ifndef XINLINE_XIR_LLVM_H
#define XINLINE_XIR_LLVM_H

#include "xir.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A set of translated helpers that becomes one LLVM module: each helper's
   function and private data, and one declaration per symbol the helpers
   reference and do not define.  */
typedef struct xir_llvm_mod xir_llvm_mod;

/* Options of a module (FLAGS of xir_llvm_mod_new).  */
enum xir_llvm_flags {
  /* Declare the variables the helpers reference dso_local: what GCC
     assumes on x86-64 for executables (PIE or not, with copy relocations)
     and the kernel; an "i" asm operand naming one needs it.  */
  XIR_LLVM_DSO_LOCAL = 1
};

/* FN_ATTRS: function attributes in LLVM's text syntax added to every
   helper definition (the caller's "target-cpu"="..." etc.), or NULL.  */
xir_llvm_mod *xir_llvm_mod_new (const char *fn_attrs, unsigned flags);
void xir_llvm_mod_free (xir_llvm_mod *m);

/* Translates helper F, made by a compilation described by META, into M.
   Returns NULL, or the reason it is refused (M is then unchanged); the
   reason lives until the next call on M.  */
const char *xir_llvm_mod_add (xir_llvm_mod *m, const xir_func *f,
                              const xir_meta *meta);

/* Appends a comment line "; TEXT" to the module's text, in order with
   the helpers added.  */
void xir_llvm_mod_comment (xir_llvm_mod *m, const char *text);

/* The whole module as LLVM IR text (no target triple or data layout: it
   is linked into the caller's module), appended to OUT.  */
void xir_llvm_mod_print (const xir_llvm_mod *m, xir_buf *out);

/* Whether translated helpers need "null_pointer_is_valid": made without
   -fdelete-null-pointer-checks.  */
int xir_llvm_null_valid (const xir_meta *meta);

/* The C library function a call to GCC builtin BNAME becomes
   ("__builtin_strlen" -> "strlen"), or NULL: what GCC calls when it does
   not fold the builtin.  An importer checks these names as symbols the
   body references.  */
const char *xir_llvm_libcall (const char *bname);

/* The x86 address space of the IR (0 generic, 1 %fs, 2 %gs) as LLVM
   numbers it (0, 257, 256); -1 for any other.  */
int xir_llvm_addr_space (unsigned as);

/* How an aggregate of SIZE bytes passed or returned by value is typed in
   LLVM, as x86-64's SysV ABI passes one whose eightbytes are all of class
   INTEGER (clang's and rustc's lowering): 1 as one integer of *LO bits
   (size <= 8: i8 ... i64), 2 as a pair { i64, i*HI } (size <= 16), 0 in
   memory (byval parameter, sret result, typed [SIZE x i8]).  The IR
   records only the size: an importer proves the ABI by the caller's own
   declaration having exactly this form.  */
int xir_llvm_blob_abi (uint32_t size, unsigned *lo, unsigned *hi);

#ifdef __cplusplus
}
#endif
#endif /* XINLINE_XIR_LLVM_H */
