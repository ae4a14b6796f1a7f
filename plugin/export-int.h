/* export-int.h - the exporter's private interface: the context of the
 * function being translated into IR and the functions the export files
 * share.  Include after xinline-gcc.h and xinline-int.h.
 *
 *   export.c        the pass, the per-function flow, the .gnu.xinline section
 *   select.c        which functions are candidates, and the notes about them
 *   export-value.c  registers, constants, operands and their types
 *   export-mem.c    memory references, bit-fields, address spaces, pools
 *   export-stmt.c   assignments, calls, builtins, atomics
 *   export-asm.c    inline asm
 *   export-cfg.c    blocks, edges and PHIs, terminators
 *   export-deps.c   referenced symbols and the files a body came from
 *   export-local.c  bodies of the static functions exported bodies call
 *   export-calls.c  the record of the callees of blocks that are not cold
 */
#ifndef XINLINE_EXPORT_INT_H
#define XINLINE_EXPORT_INT_H

/* What is known about the complex result of a call whose REALPART_EXPR
   and IMAGPART_EXPR come later: .{ADD,SUB,MUL}_OVERFLOW (the operands of
   the checked operation) or .ATOMIC_COMPARE_EXCHANGE (where the old value
   and the success flag are).  Indexed by the SSA version of the result.  */
struct xe_ovf {
  uint8_t val_op;             /* XIR_OP_*_OVF_VAL, 0 if none */
  xir_operand a, b;
  bool cas;                   /* .ATOMIC_COMPARE_EXCHANGE: */
  uint32_t slot, ok;          /* old value in SLOT, success in reg OK */
  xir_type t;                 /* the value type */
};

/* How a function was selected for export (select.c).  */
enum xe_sel { XE_NO, XE_EXPLICIT, XE_AUTO };

/* The function being translated.  */
struct xe_ctx {
  function *fn;
  tree fndecl;
  xir_func *xf;
  uint32_t cur;               /* IR block being filled */
  uint32_t *ssa_reg;          /* SSA version -> register + 1 */
  hash_map<tree, unsigned> *slot_of; /* local/param decl -> slot + 1,
                                        "once" flag -> pool entry + 1 */
  uint32_t *bb_block;         /* bb index -> IR block + 1 */
  uint32_t *phi_reg;          /* phi result version -> register + 1 */
  struct xe_ovf *ovf;         /* complex results, by SSA version */
  bool local;                 /* a static function's file-local body */
  const char *why;            /* the first refusal reason, or NULL */
  char whybuf[512];
};

/* ---- export.c ---------------------------------------------------------- */
/* FN (the current function) translated into IR function NAME, checked,
   its files collected: NULL with the reason in WHY (N bytes) when it is
   refused.  LOCAL: a static function's file-local body (no size limit,
   no note).  */
xir_func *xe_export_fn (function *fn, const char *name, enum xe_sel sel,
                        bool local, char *why, size_t n);
/* Records the first refusal reason and returns false.  */
bool xe_fail (xe_ctx *x, const char *fmt, ...) ATTRIBUTE_PRINTF_2;
/* The assembler name of DECL.  */
const char *xe_name (tree decl);
/* Inserts PASS next to (POS) the first instance of pass REF.  */
void xe_add_pass (const char *plugin_name, opt_pass *pass, const char *ref,
                  enum pass_positioning_ops pos);

/* ---- export-calls.c ---------------------------------------------------- */
void xe_calls_init (const char *plugin_name);

/* ---- select.c ---------------------------------------------------------- */
enum xe_sel xe_candidate (tree fndecl);
bool xe_check_function (xe_ctx *x);
bool xe_size_ok (xe_ctx *x, enum xe_sel sel);
void xe_note_result (xe_ctx *x, enum xe_sel sel, bool exported);
void xe_prepare_callees (void);
void xe_keep_export_calls (void);
unsigned int xe_keep_calls_execute (function *fn);

/* ---- export-value.c ---------------------------------------------------- */
bool xe_new_reg (xe_ctx *x, tree type, uint32_t *r);
bool xe_mapped_reg (xe_ctx *x, uint32_t *map, tree ssa, uint32_t *r);
bool xe_ssa_reg (xe_ctx *x, tree ssa, uint32_t *r);
xir_stmt *xe_stmt (xe_ctx *x, uint8_t kind);
void xe_assign2 (xe_ctx *x, uint32_t dst, uint8_t op, const xir_operand *a,
                 const xir_operand *b);
void xe_const (xir_operand *o, const xir_type *t, uint64_t v);
void xe_reg_op (xir_operand *o, uint32_t r);
xir_type xe_uint (unsigned bytes);
xir_type xe_bool (void);
const xir_type *xe_base_type (xe_ctx *x, const xir_operand *o);
xir_type xe_optype (xe_ctx *x, const xir_operand *o);
void xe_coerce (xe_ctx *x, xir_operand *o, const xir_type *want);
bool xe_operand (xe_ctx *x, tree t, xir_operand *o);
bool xe_params (xe_ctx *x);

/* ---- export-mem.c ------------------------------------------------------ */
bool xe_memref_p (tree t);
bool xe_bitfield_p (tree ref);
bool xe_param_slot (xe_ctx *x, tree p, uint32_t i);
bool xe_blob_param (xe_ctx *x, tree p, uint32_t i);
bool xe_object_addr (xe_ctx *x, tree obj, xir_operand *o);
bool xe_addr_operand (xe_ctx *x, tree t, xir_operand *o);
bool xe_mem (xe_ctx *x, tree ref, xir_mem *m, bool allow_blob);
xir_mem xe_slot_mem (uint32_t slot, const xir_type *t, uint32_t align);
bool xe_load (xe_ctx *x, tree ref, uint32_t dst);
bool xe_store (xe_ctx *x, tree ref, tree val);

/* ---- export-stmt.c ----------------------------------------------------- */
int xe_opcode (enum tree_code code);
bool xe_stmt_translate (xe_ctx *x, gimple *g, basic_block bb);

/* ---- export-asm.c ------------------------------------------------------ */
bool xe_asm (xe_ctx *x, gasm *g, basic_block bb);

/* ---- export-cfg.c ------------------------------------------------------ */
bool xe_edge_target (xe_ctx *x, edge e, uint32_t *target);
bool xe_blocks (xe_ctx *x);

/* ---- export-deps.c ----------------------------------------------------- */
/* The symbol of function FNDECL whose address the body takes.  */
bool xe_func_sym (xe_ctx *x, tree fndecl, uint32_t *sym);
/* The symbol of FNDECL called directly: for a static function, its
   file-local key (export-local.c).  */
bool xe_call_sym (xe_ctx *x, tree fndecl, uint32_t *sym);
bool xe_func_sym_as (xe_ctx *x, tree fndecl, const char *name,
                     uint8_t extra, uint32_t *sym);
uint32_t xe_var_sym (xe_ctx *x, tree decl);
void xe_collect_deps (function *fn, tree fndecl);
void xe_take_deps (xir_meta *m);

/* ---- export-local.c ---------------------------------------------------- */
bool xe_local_sym (xe_ctx *x, tree fndecl, uint32_t *sym);
/* After X's body passed its checks: the bodies of the static functions
   it calls, translated if not yet; false (X refused with the reason)
   when one is refused or calls back into X's.  */
bool xe_local_resolve (xe_ctx *x);
/* Adds to *FUNCS (*N entries) the file-local bodies the exported bodies
   among them call, directly or through each other; frees the others.  */
void xe_take_locals (xir_func ***funcs, unsigned *n);

#endif /* XINLINE_EXPORT_INT_H */
