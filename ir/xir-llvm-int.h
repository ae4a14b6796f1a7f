/* xir-llvm-int.h - what the files of the LLVM translator share: the
 * module being built, the per-helper translation context, and the
 * primitives every part emits through (values, types, memory accesses).
 * xir-llvm.c holds the module, types, operands, memory, statements and
 * control flow; xir-llvm-builtin.c the GCC builtins; xir-llvm-asm.c
 * inline assembly.
 */
#ifndef XINLINE_XIR_LLVM_INT_H
#define XINLINE_XIR_LLVM_INT_H

#include "xir-int.h"
#include "xir-llvm.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A value in LLVM's text syntax, without its type: "%t12", "-5", "true",
   "null", "@name", "getelementptr (i8, ptr @name, i64 8)".  */
#define XL_VAL_MAX 2048
typedef struct xl_val {
  char s[XL_VAL_MAX];
} xl_val;

/* The longest symbol name the translator writes, and the size of a buffer
   for it as an LLVM global ("@" and quotes, every byte escaped).  */
#define XL_NAME_MAX 400
#define XL_GNAME_MAX (3 * XL_NAME_MAX + 8)

/* A declaration the module needs: a symbol, keyed by name, with its line
   of LLVM text.  */
struct xl_decl {
  char *name;
  char *text;
};

struct xl_decls {
  uint32_t n, cap;
  struct xl_decl *v;
};

struct xir_llvm_mod {
  char *fn_attrs;            /* extra attributes of every definition */
  unsigned flags;            /* enum xir_llvm_flags */
  xir_buf text;              /* definitions, private data, comments */
  struct xl_decls decls;     /* symbols referenced */
  char **defined;            /* helpers defined, to declare them never */
  uint32_t ndefined, capdefined;
  char err[512];             /* the last refusal */
};

/* Translating one helper.  */
typedef struct xl_ctx {
  xir_llvm_mod *m;
  const xir_func *f;
  const xir_meta *meta;
  xir_target tgt;
  xir_buf out;               /* the function's text */
  xir_buf glob;              /* its private data */
  struct xl_decls decls;     /* what it references, merged on success */
  unsigned ntmp;             /* next %tN */
  unsigned nblk;             /* next extra block %xN */
  int wrapv, wrapv_ptr;      /* meaning flags of the provider */
  int sret;                  /* the result is returned through %sret */
  const char *err;           /* the first refusal, or NULL */
  char errbuf[256];
} xl_ctx;

/* ---- emitting (xir-llvm.c) ----------------------------------------------- */

/* Refuses the helper: the first reason wins.  Returns 0 for
   "return xl_refuse (...)" in int functions.  */
int xl_refuse (xl_ctx *c, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
/* Appends string S to B.  */
void xl_str (xir_buf *b, const char *s);
/* Appends one instruction line ("  TEXT\n").  */
void xl_emit (xl_ctx *c, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
/* A new temporary %tN, written into V.  */
void xl_tmp (xl_ctx *c, xl_val *v);
/* Starts a new block %xN (after a terminator the caller emitted); its
   number.  */
unsigned xl_new_block (xl_ctx *c);
void xl_start_block (xl_ctx *c, unsigned n);
/* Records declaration TEXT of NAME (the first one for a name wins).  */
void xl_declare (xl_ctx *c, const char *name, const char *text);
/* "@name", quoted and escaped as LLVM requires, into BUF (XL_GNAME_MAX).  */
int xl_global_name (xl_ctx *c, const char *name, char *buf);

/* ---- types and values (xir-llvm.c) --------------------------------------- */

/* The LLVM type of a register value of T ("i32", "i1", "ptr addrspace(256)")
   into BUF (64 bytes); 0 and a refusal if T has none.  */
int xl_type (xl_ctx *c, const xir_type *t, char *buf);
/* The LLVM type T takes in memory and as an asm operand: "i8" for a
   _Bool, the storage width for an integer narrower than its size.  */
int xl_mem_type (xl_ctx *c, const xir_type *t, char *buf);
/* The address space of symbol S (a variable's own; 0 for functions).  */
unsigned xl_sym_as (const xir_sym *s);
/* The type of operand O (addresses are generic pointers, a variable's
   address a pointer into its address space).  */
xir_type xl_optype (const xl_ctx *c, const xir_operand *o);
/* The value of operand O (loads a register).  */
int xl_operand (xl_ctx *c, const xir_operand *o, xl_val *v);
/* The width of scalar T as an LLVM integer, and whether it is signed
   (_Bool and pointers are not).  */
unsigned xl_bits (const xir_type *t);
int xl_signed (const xir_type *t);
/* V, an integer of FROM's width, resized to TOBITS bits: truncated, or
   extended as FROM's signedness says.  */
void xl_resize (xl_ctx *c, xl_val *v, const xir_type *from, unsigned tobits);
/* Converts V of type FROM to type TO (GCC's NOP_EXPR).  */
int xl_convert (xl_ctx *c, xl_val *v, const xir_type *from,
                const xir_type *to);
/* Stores V (of register type T) into register R.  */
void xl_set_reg (xl_ctx *c, uint32_t r, const xl_val *v);
/* The effective address of memory reference M, into V; its LLVM pointer
   type into PTY (64 bytes).  */
int xl_address (xl_ctx *c, const xir_mem *m, xl_val *v, char *pty);
/* The value in memory-type representation (xl_mem_type) of V, of
   register type T, and back.  */
int xl_to_mem (xl_ctx *c, xl_val *v, const xir_type *t);
int xl_from_mem (xl_ctx *c, xl_val *v, const xir_type *t);
/* The alignment an access of scalar T may assume (at most the IR's
   ALIGN, at most T's natural alignment).  */
unsigned xl_align (const xir_type *t, unsigned align);
/* Loads / stores a scalar of type T at address A (pointer type PTY).  */
int xl_load (xl_ctx *c, const char *pty, const xl_val *a,
             const xir_type *t, unsigned align, int vol, xl_val *v);
int xl_store (xl_ctx *c, const char *pty, const xl_val *a,
              const xir_type *t, unsigned align, int vol, const xl_val *v);
/* A constant of integer type T with value VAL (held as in the IR; for a
   type wider than 64 bits VAL is read as a signed 64-bit value).  */
void xl_const_int (const xir_type *t, uint64_t val, xl_val *v);
/* A constant of integer type T with bits 0..63 VAL and 64..127 HI (a
   CONST's val and val_hi).  */
void xl_const_wide (const xir_type *t, uint64_t val, uint64_t hi, xl_val *v);
/* Whether T is an integer LLVM can pass as a C argument or result (its
   precision fills its size; __int128 is i128, as clang and rustc pass
   it).  */
int xl_abi_int (const xir_type *t);
/* The parameter attribute C's x86-64 ABI gives T ("zeroext ", "signext "
   or "").  */
const char *xl_ext_attr (const xir_type *t);
/* The LLVM type of aggregate (BLOB) T as C's x86-64 ABI passes one of
   INTEGER class (xir_llvm_blob_abi) into BUF (64 bytes): "i24",
   "{ i64, i32 }"; 0 (and "ptr") when it is passed in memory.  */
int xl_blob_type (const xir_type *t, char *buf);
/* The function type of S ("i32 (ptr, i64, ...)") into BUF (XL_VAL_MAX).  */
int xl_fntype (xl_ctx *c, const xir_sig *s, char *buf);
/* Declares intrinsic NAME with the declaration TEXT.  */
void xl_intrinsic (xl_ctx *c, const char *name, const char *text);

/* ---- statements and the function (xir-llvm-stmt.c) ----------------------- */

/* The helper's definition into C->out and its private data into C->glob;
   a refusal in C->err.  */
void xl_function (xl_ctx *c);
/* Whether memory reference M is volatile (flagged, or in a volatile
   slot).  */
int xl_mem_volatile (const xl_ctx *c, const xir_mem *m);

/* ---- builtins (xir-llvm-builtin.c) ---------------------------------------- */

/* A call to a GCC builtin: statement S.  */
int xl_builtin (xl_ctx *c, const xir_stmt *s);

/* ---- inline asm (xir-llvm-asm.c) ------------------------------------------- */

/* Asm statement S of block B; an asm goto ends the block (callbr).  */
int xl_asm (xl_ctx *c, const xir_stmt *s, uint32_t b);

#ifdef __cplusplus
}
#endif
#endif /* XINLINE_XIR_LLVM_INT_H */
