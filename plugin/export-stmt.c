/* export-stmt.c - GIMPLE statements into IR statements: assignments (the
 * tree code -> opcode mapping comes from ir/xir-ops.def), calls and
 * builtins, checked arithmetic, atomic compare-exchange; inline asm is
 * export-asm.c's.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* ---- opcodes ------------------------------------------------------------- */

/* GIMPLE's tree codes and the opcodes they become: the TREE_CODE column of
   xir-ops.def (ERROR_MARK there: no tree code), then the codes that are
   another spelling of an opcode.  */
static const struct { enum tree_code code; int op; } xe_code_ops[] = {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) { CODE, XIR_OP_##NAME },
#include "xir-ops.def"
  { SSA_NAME, XIR_OP_MOV }, { INTEGER_CST, XIR_OP_MOV },
  { ADDR_EXPR, XIR_OP_MOV }, { PAREN_EXPR, XIR_OP_MOV },
  { CONVERT_EXPR, XIR_OP_CONV }
};

/* The opcode of tree code CODE, or -1.  */
int
xe_opcode (enum tree_code code)
{
  if (code == ERROR_MARK)
    return -1;
  for (unsigned i = 0; i < ARRAY_SIZE (xe_code_ops); i++)
    if (xe_code_ops[i].code == code)
      return xe_code_ops[i].op;
  return -1;
}

/* ---- assignments --------------------------------------------------------- */

/* Every byte of memory reference LHS set to zero.  */
static bool
xe_zero (xe_ctx *x, tree lhs)
{
  xir_mem m;
  if (!xe_mem (x, lhs, &m, true))
    return false;
  xe_stmt (x, XIR_S_ZERO)->mem[0] = m;
  return true;
}

/* An assignment to memory: a store, a copy or a zeroing.  */
static bool
xe_assign_to_memory (xe_ctx *x, gassign *g)
{
  tree lhs = gimple_assign_lhs (g);
  tree rhs1 = gimple_assign_rhs1 (g);
  if (!xe_memref_p (lhs))
    return xe_fail (x, "it assigns to a %s",
                    get_tree_code_name (TREE_CODE (lhs)));
  if (get_gimple_rhs_class (gimple_assign_rhs_code (g)) != GIMPLE_SINGLE_RHS)
    return xe_fail (x, "it stores the result of an operation directly");
  if (TREE_CODE (rhs1) == CONSTRUCTOR)
    {
      if (CONSTRUCTOR_NELTS (rhs1) != 0 || xe_bitfield_p (lhs))
        return xe_fail (x, "it stores a non-empty constructor");
      return xe_zero (x, lhs);
    }
  if (xe_memref_p (rhs1))
    {
      if (xe_bitfield_p (lhs) || xe_bitfield_p (rhs1))
        return xe_fail (x, "it copies a bit-field memory to memory");
      xir_mem m0, m1;
      if (!xe_mem (x, lhs, &m0, true) || !xe_mem (x, rhs1, &m1, true))
        return false;
      if (!xir_type_equal (&m0.type, &m1.type))
        return xe_fail (x, "it copies between objects of different types");
      xir_stmt *s = xe_stmt (x, XIR_S_COPY);
      s->mem[0] = m0;
      s->mem[1] = m1;
      return true;
    }
  return xe_store (x, lhs, rhs1);
}

/* DST = REALPART_EXPR / IMAGPART_EXPR of the complex result of a checked
   operation or an atomic compare-exchange (struct xe_ovf).  */
static bool
xe_complex_part (xe_ctx *x, tree rhs1, uint32_t dst)
{
  struct xe_ovf *o = &x->ovf[SSA_NAME_VERSION (TREE_OPERAND (rhs1, 0))];
  bool imag = TREE_CODE (rhs1) == IMAGPART_EXPR;
  xir_operand a;
  if (o->cas)
    {
      if (imag)
        {
          xe_reg_op (&a, o->ok);
          xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
          return true;
        }
      uint32_t v = xir_add_reg (x->xf, o->t);
      xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
      s->dst = v;
      s->mem[0] = xe_slot_mem (o->slot, &o->t, o->t.size);
      xe_reg_op (&a, v);
      xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
      return true;
    }
  if (!o->val_op)
    return xe_fail (x, "it uses a complex value");
  xe_assign2 (x, dst, o->val_op + imag, &o->a, &o->b);
  return true;
}

/* DST = VIEW_CONVERT_EXPR <IN>: a conversion of a value of the same size,
   or a load.  */
static bool
xe_view_convert (xe_ctx *x, tree rhs1, uint32_t dst)
{
  tree in = TREE_OPERAND (rhs1, 0);
  xir_type it;
  if (TREE_CODE (in) != SSA_NAME && !CONSTANT_CLASS_P (in))
    return xe_load (x, rhs1, dst);
  if (xi_type_of (TREE_TYPE (in), &it, false)
      || it.size != x->xf->regs[dst].size
      || it.prec != x->xf->regs[dst].prec)
    return xe_fail (x, "it reinterprets a value of another size");
  xir_operand a;
  if (!xe_operand (x, in, &a))
    return false;
  xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
  return true;
}

/* DST = BIT_FIELD_REF <IN, SIZE, POS> with IN a register or constant of
   integral type (GCC's folding of a narrowing conversion, or of a test of
   some bits): bits POS .. POS+SIZE-1 of IN, counted from the least
   significant one, i.e. (type of DST) (IN >> POS).  */
static bool
xe_bit_field_of_reg (xe_ctx *x, tree ref, tree lhs, uint32_t dst)
{
  tree in = TREE_OPERAND (ref, 0);
  tree sz = TREE_OPERAND (ref, 1), pos = TREE_OPERAND (ref, 2);
  tree itype = TREE_TYPE (in), dtype = TREE_TYPE (lhs);
  if (BITS_BIG_ENDIAN || BYTES_BIG_ENDIAN
      || !INTEGRAL_TYPE_P (itype) || !INTEGRAL_TYPE_P (dtype)
      || !tree_fits_uhwi_p (sz) || !tree_fits_uhwi_p (pos)
      || tree_to_uhwi (sz) != TYPE_PRECISION (dtype)
      || tree_to_uhwi (pos) >= TYPE_PRECISION (itype)
      || tree_to_uhwi (pos) + tree_to_uhwi (sz) > TYPE_PRECISION (itype)
      || REF_REVERSE_STORAGE_ORDER (ref))
    return xe_fail (x, "it extracts bits of a value in an unexpected way");
  xir_operand a;
  if (!xe_operand (x, in, &a))
    return false;
  xir_type at = xe_optype (x, &a);
  if (at.kind != XIR_T_INT || x->xf->regs[dst].kind != XIR_T_INT)
    return xe_fail (x, "it extracts bits of a value in an unexpected way");
  unsigned p = tree_to_uhwi (pos);
  if (p)
    {
      /* Bits above POS+SIZE are cut by the conversion, so an arithmetic
         shift of a signed IN is as good as a logical one.  */
      uint32_t v = xir_add_reg (x->xf, at);
      xir_operand c;
      xir_type ct = xe_uint (4);
      xe_const (&c, &ct, p);
      xe_assign2 (x, v, XIR_OP_SHR, &a, &c);
      xe_reg_op (&a, v);
    }
  xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
  return true;
}

/* DST = RHS1, a single operand: a value, a load or a part of one.  */
static bool
xe_assign_single (xe_ctx *x, tree lhs, tree rhs1, uint32_t dst)
{
  enum tree_code code = TREE_CODE (rhs1);
  if ((code == REALPART_EXPR || code == IMAGPART_EXPR)
      && TREE_CODE (TREE_OPERAND (rhs1, 0)) == SSA_NAME)
    return xe_complex_part (x, rhs1, dst);
  if (code == VIEW_CONVERT_EXPR)
    return xe_view_convert (x, rhs1, dst);
  if (code == BIT_FIELD_REF
      && (TREE_CODE (TREE_OPERAND (rhs1, 0)) == SSA_NAME
          || TREE_CODE (TREE_OPERAND (rhs1, 0)) == INTEGER_CST))
    return xe_bit_field_of_reg (x, rhs1, lhs, dst);
  if (xe_memref_p (rhs1))
    return xe_load (x, rhs1, dst);
  if (code == CONSTRUCTOR)
    return xe_fail (x, "it builds a vector or aggregate value");
  xir_operand a;
  if (!xe_operand (x, rhs1, &a))
    return false;
  xe_coerce (x, &a, &x->xf->regs[dst]);
  xe_assign2 (x, dst, XIR_OP_MOV, &a, NULL);
  return true;
}

/* O = a comparison T embedded in an operand (a GCC 11/12 COND_EXPR's
   condition), computed into a _Bool register.  */
static bool
xe_embedded_compare (xe_ctx *x, tree t, xir_operand *o)
{
  int cop = xe_opcode (TREE_CODE (t));
  xir_operand a, b;
  if (cop < 0 || !xir_op_is_compare (cop))
    return xe_fail (x, "it uses comparison %s",
                    get_tree_code_name (TREE_CODE (t)));
  if (!xe_operand (x, TREE_OPERAND (t, 0), &a)
      || !xe_operand (x, TREE_OPERAND (t, 1), &b))
    return false;
  uint32_t r = xir_add_reg (x->xf, xe_bool ());
  xe_assign2 (x, r, cop, &a, &b);
  xe_reg_op (o, r);
  return true;
}

/* Makes the N operands OPS of OP what the IR's typing rule of OP's class
   requires of them, given the result type DT.  */
static void
xe_coerce_operands (xe_ctx *x, int op, xir_operand *ops, unsigned n,
                    const xir_type *dt)
{
  switch (xir_op_class (op))
    {
    case XIR_OPC_CONV: case XIR_OPC_ABSU: case XIR_OPC_PTR_DIFF:
    case XIR_OPC_OVF:
      break;
    case XIR_OPC_SHIFT:
      xe_coerce (x, &ops[0], dt);
      break;
    case XIR_OPC_PTR_ADD:
      {
        xir_type u = xe_uint (POINTER_SIZE / BITS_PER_UNIT);
        xe_coerce (x, &ops[0], dt);
        xe_coerce (x, &ops[1], &u);
        break;
      }
    case XIR_OPC_COMPARE:
      {
        xir_type at = xe_optype (x, &ops[0]);
        xe_coerce (x, &ops[1], &at);
        break;
      }
    case XIR_OPC_COND:
      xe_coerce (x, &ops[1], dt);
      xe_coerce (x, &ops[2], dt);
      break;
    default:
      for (unsigned i = 0; i < n; i++)
        xe_coerce (x, &ops[i], dt);
      break;
    }
}

/* DST = an operation of one, two or three operands.  */
static bool
xe_assign_op (xe_ctx *x, gassign *g, uint32_t dst)
{
  enum tree_code code = gimple_assign_rhs_code (g);
  int op = xe_opcode (code);
  if (op < 0)
    return xe_fail (x, "it uses operation %s", get_tree_code_name (code));
  xir_operand ops[XIR_MAX_OPS];
  memset (ops, 0, sizeof ops);
  unsigned n = gimple_num_ops (g) - 1;
  if ((int) n != xir_op_arity (op))
    return xe_fail (x, "it uses operation %s with %u operands",
                    get_tree_code_name (code), n);
  for (unsigned i = 0; i < n; i++)
    {
      tree t = gimple_op (g, i + 1);
      if (COMPARISON_CLASS_P (t) ? !xe_embedded_compare (x, t, &ops[i])
          : !xe_operand (x, t, &ops[i]))
        return false;
    }
  xir_type dt = x->xf->regs[dst];
  xe_coerce_operands (x, op, ops, n, &dt);
  xir_stmt *s = xe_stmt (x, XIR_S_ASSIGN);
  s->op = op;
  s->dst = dst;
  s->nops = n;
  memcpy (s->ops, ops, sizeof s->ops);
  return true;
}

/* A GIMPLE assignment: to memory, or to an SSA name's register.  */
static bool
xe_assign (xe_ctx *x, gassign *g)
{
  tree lhs = gimple_assign_lhs (g);
  uint32_t dst;
  if (gimple_clobber_p (g))
    return true;
  if (TREE_CODE (lhs) != SSA_NAME)
    return xe_assign_to_memory (x, g);
  if (!xe_ssa_reg (x, lhs, &dst))
    return false;
  switch (get_gimple_rhs_class (gimple_assign_rhs_code (g)))
    {
    case GIMPLE_SINGLE_RHS:
      return xe_assign_single (x, lhs, gimple_assign_rhs1 (g), dst);
    case GIMPLE_UNARY_RHS:
    case GIMPLE_BINARY_RHS:
    case GIMPLE_TERNARY_RHS:
      return xe_assign_op (x, g, dst);
    default:
      return xe_fail (x, "it uses an invalid assignment");
    }
}

/* ---- builtins ------------------------------------------------------------- */

/* Builtins that are safe to carry by code: pure computations or calls
   whose meaning does not depend on the calling frame.  */
static bool
xe_builtin_ok (const char *name)
{
  static const char *const ok[] = {
    "__builtin_expect", "__builtin_unreachable", "__builtin_trap",
    "__builtin_constant_p", "__builtin_ffs", "__builtin_clz", "__builtin_ctz",
    "__builtin_clrsb", "__builtin_popcount", "__builtin_parity",
    "__builtin_bswap", "__builtin_mem", "__builtin_str", "__builtin___mem",
    "__builtin___str", "__builtin_prefetch", "__builtin_assume_aligned",
    "__builtin_object_size", "__builtin_dynamic_object_size",
    "__builtin_abs", "__builtin_labs", "__builtin_llabs", "__builtin_imaxabs",
    "__builtin_va_start", "__builtin_va_end", "__atomic_", "__sync_"
  };
  for (unsigned i = 0; i < ARRAY_SIZE (ok); i++)
    if (!strncmp (name, ok[i], strlen (ok[i])))
      return true;
  return false;
}

/* Normal builtins never exported, whatever their spelling.  */
static bool
xe_builtin_forbidden (enum built_in_function code)
{
  switch (code)
    {
    case BUILT_IN_ALLOCA: case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
    case BUILT_IN_SETJMP: case BUILT_IN_SETJMP_SETUP:
    case BUILT_IN_SETJMP_RECEIVER: case BUILT_IN_LONGJMP:
    case BUILT_IN_NONLOCAL_GOTO: case BUILT_IN_UPDATE_SETJMP_BUF:
    case BUILT_IN_APPLY: case BUILT_IN_APPLY_ARGS: case BUILT_IN_RETURN:
    case BUILT_IN_VA_COPY:
    case BUILT_IN_NEXT_ARG: case BUILT_IN_SAVEREGS:
    case BUILT_IN_VA_ARG_PACK: case BUILT_IN_VA_ARG_PACK_LEN:
    case BUILT_IN_RETURN_ADDRESS: case BUILT_IN_FRAME_ADDRESS:
    case BUILT_IN_EXTRACT_RETURN_ADDR: case BUILT_IN_FROB_RETURN_ADDR:
    case BUILT_IN_EH_RETURN: case BUILT_IN_EH_RETURN_DATA_REGNO:
    case BUILT_IN_UNWIND_INIT: case BUILT_IN_DWARF_CFA:
    case BUILT_IN_DWARF_SP_COLUMN: case BUILT_IN_INIT_DWARF_REG_SIZES:
    case BUILT_IN_STACK_SAVE: case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_EH_POINTER: case BUILT_IN_EH_FILTER:
    case BUILT_IN_EH_COPY_VALUES:
      return true;
    default:
      return false;
    }
}

/* C calls normal builtin FNDECL: carried as the builtin (__builtin_*,
   __atomic_*, __sync_* on the list above), as a call of the library
   function GCC knows by that name (memcpy, printf), or refused.  */
static bool
xe_builtin_call (xe_ctx *x, tree fndecl, xir_call *c)
{
  enum built_in_function code = DECL_FUNCTION_CODE (fndecl);
  const char *bname = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (xe_builtin_forbidden (code))
    return xe_fail (x, "it calls '%s'", bname);
  if (strncmp (bname, "__builtin_", 10) && strncmp (bname, "__atomic_", 9)
      && strncmp (bname, "__sync_", 7))
    {
      c->kind = XIR_C_DIRECT;
      return xe_call_sym (x, fndecl, &c->sym);
    }
  c->kind = XIR_C_BUILTIN;
  c->builtin = code;
  c->bname = xstrdup (bname);
  if (!xe_builtin_ok (bname) || builtin_decl_explicit (code) == NULL_TREE)
    return xe_fail (x, "it calls unsupported builtin '%s'", bname);
  return true;
}

/* ---- checked arithmetic and atomics ----------------------------------------- */

/* lhs = .ADD_OVERFLOW (a, b) (or SUB, MUL): nothing yet; the REALPART_EXPR
   and IMAGPART_EXPR of lhs become ADD_OVF_VAL / ADD_OVF.  */
static bool
xe_checked_arith (xe_ctx *x, gcall *g)
{
  tree lhs = gimple_call_lhs (g);
  if (!lhs)
    return true;
  if (TREE_CODE (lhs) != SSA_NAME
      || TREE_CODE (TREE_TYPE (lhs)) != COMPLEX_TYPE
      || !INTEGRAL_TYPE_P (TREE_TYPE (TREE_TYPE (lhs)))
      || gimple_call_num_args (g) != 2)
    return xe_fail (x, "it uses checked arithmetic in an unexpected way");
  struct xe_ovf *o = &x->ovf[SSA_NAME_VERSION (lhs)];
  switch (gimple_call_internal_fn (g))
    {
    case IFN_ADD_OVERFLOW: o->val_op = XIR_OP_ADD_OVF_VAL; break;
    case IFN_SUB_OVERFLOW: o->val_op = XIR_OP_SUB_OVF_VAL; break;
    default: o->val_op = XIR_OP_MUL_OVF_VAL; break;
    }
  return (xe_operand (x, gimple_call_arg (g, 0), &o->a)
          && xe_operand (x, gimple_call_arg (g, 1), &o->b));
}

/* lhs = .ATOMIC_COMPARE_EXCHANGE (ptr, expected, desired, size | weak << 8,
   success order, failure order), what GCC makes of
   __atomic_compare_exchange_N with a local "expected": carried as the
   builtin call on a slot holding "expected"; the REALPART_EXPR of lhs (the
   old value) is read back from the slot, the IMAGPART_EXPR (success) is
   the call's result.  */
static bool
xe_cas (xe_ctx *x, gcall *g)
{
  tree lhs = gimple_call_lhs (g);
  tree flag = gimple_call_arg (g, 3);
  if (gimple_call_num_args (g) != 6 || !tree_fits_uhwi_p (flag)
      || (lhs && (TREE_CODE (lhs) != SSA_NAME
                  || TREE_CODE (TREE_TYPE (lhs)) != COMPLEX_TYPE)))
    return xe_fail (x, "it uses an atomic compare-exchange in an unexpected "
                    "way");
  unsigned HOST_WIDE_INT size = tree_to_uhwi (flag) & 255;
  bool weak = (tree_to_uhwi (flag) >> 8) & 1;
  int lg = exact_log2 (size);
  if (lg < 0 || lg > 3)
    return xe_fail (x, "it uses a %u-byte atomic compare-exchange",
                    (unsigned) size);
  enum built_in_function code
    = (enum built_in_function) (BUILT_IN_ATOMIC_COMPARE_EXCHANGE_1 + lg);
  tree bd = builtin_decl_explicit (code);
  xir_sig sig;
  if (!bd || xi_builtin_sig_of (TREE_TYPE (bd), &sig) || sig.nparams != 6)
    return xe_fail (x, "it uses an atomic compare-exchange of unknown type");
  xir_type vt = sig.params[2];
  xir_operand args[6];
  static const unsigned order[] = { 0, 2, 4, 5, 1 };
  for (unsigned k = 0; k < ARRAY_SIZE (order); k++)
    if (!xe_operand (x, gimple_call_arg (g, order[k]), &args[order[k]]))
      {
        xi_sig_release (&sig);
        return false;
      }
  /* The slot holds "expected" (as the builtin's value type).  */
  xir_operand expected = args[1];
  uint32_t slot = xir_add_slot (x->xf, size, size, 0, -1);
  xe_coerce (x, &expected, &vt);
  xir_stmt *s = xe_stmt (x, XIR_S_STORE);
  s->nops = 1;
  s->ops[0] = expected;
  s->mem[0] = xe_slot_mem (slot, &vt, size);
  memset (&args[1], 0, sizeof args[1]);
  args[1].kind = XIR_O_SLOT;
  args[1].idx = slot;
  xe_const (&args[3], &sig.params[3], weak);
  for (unsigned i = 0; i < 6; i++)
    if (i != 1 && i != 3)
      xe_coerce (x, &args[i], &sig.params[i]);
  xir_call *c = xir_call_new (6);
  c->kind = XIR_C_BUILTIN;
  c->builtin = code;
  c->bname = xstrdup (IDENTIFIER_POINTER (DECL_NAME (bd)));
  c->sig = xir_add_sig (x->xf, &sig);
  c->flags = XIR_CF_NOTHROW;
  memcpy (c->args, args, sizeof args);
  uint32_t ok = xir_add_reg (x->xf, sig.ret);
  s = xe_stmt (x, XIR_S_CALL);
  s->call = c;
  s->dst = ok;
  xi_sig_release (&sig);
  if (lhs)
    {
      struct xe_ovf *o = &x->ovf[SSA_NAME_VERSION (lhs)];
      o->cas = true;
      o->slot = slot;
      o->ok = ok;
      o->t = vt;
    }
  return true;
}

/* ---- calls ---------------------------------------------------------------- */

/* The aggregate result of call G of C, if it has one, goes to its lhs (a
   local, the function's own result, memory through a pointer): flag
   MEMRET and *M, made before the call statement (it may need code).  */
static bool
xe_call_memret (xe_ctx *x, gcall *g, xir_call *c, xir_mem *m)
{
  tree lhs = gimple_call_lhs (g);
  if (!lhs || is_gimple_reg_type (TREE_TYPE (lhs)))
    return true;
  if (x->xf->sigs[c->sig].ret.kind != XIR_T_BLOB)
    return xe_fail (x, "it receives an aggregate return value");
  if (!xe_mem (x, lhs, m, true))
    return false;
  const xir_type *rt = &x->xf->sigs[c->sig].ret;
  if (m->type.kind != XIR_T_BLOB || m->type.size != rt->size)
    return xe_fail (x, "it stores an aggregate call result of another size");
  if (m->flags & XIR_M_VOLATILE)
    return xe_fail (x, "it stores an aggregate call result in volatile "
                    "memory");
  c->flags |= XIR_CF_MEMRET;
  return true;
}

/* Sets C's callee: a builtin, a direct call of FNDECL or, without FNDECL,
   an indirect call.  */
static bool
xe_call_target (xe_ctx *x, gcall *g, tree fndecl, xir_call *c)
{
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return xe_builtin_call (x, fndecl, c);
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_MD))
    {
      /* By name and signature (the call's, from its type): the consumer
         looks the name up among its own target builtins.  */
      c->kind = XIR_C_TARGET_BUILTIN;
      c->bname = xstrdup (IDENTIFIER_POINTER (DECL_NAME (fndecl)));
      return true;
    }
  if (fndecl && fndecl_built_in_p (fndecl))
    return xe_fail (x, "it calls front-end builtin '%s'",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  if (!fndecl)
    {
      c->kind = XIR_C_INDIRECT;
      if (xi_sig_byval (&x->xf->sigs[c->sig]))
        return xe_fail (x, "it makes an indirect call passing or returning "
                        "an aggregate by value (only a declaration of the "
                        "callee gives its ABI)");
      return xe_operand (x, gimple_call_fn (g), &c->target);
    }
  c->kind = XIR_C_DIRECT;
  if (!xe_call_sym (x, fndecl, &c->sym))
    return false;
  if (!xir_sig_equal (&x->xf->sigs[c->sig],
                      &x->xf->sigs[x->xf->syms[c->sym].sig]))
    return xe_fail (x, "it calls '%s' through a different function type",
                    xe_name (fndecl));
  return true;
}

/* The first C->nargs arguments of G into C, converted to the parameter
   types.  */
static bool
xe_call_args (xe_ctx *x, gcall *g, xir_call *c)
{
  for (unsigned i = 0; i < c->nargs; i++)
    {
      tree a = gimple_call_arg (g, i);
      const xir_sig *sg = &x->xf->sigs[c->sig];
      if (i < sg->nparams && sg->params[i].kind == XIR_T_BLOB)
        {
          /* Passed by value: the address of its bytes.  */
          if (!xe_object_addr (x, a, &c->args[i]))
            return false;
          continue;
        }
      if (!is_gimple_reg_type (TREE_TYPE (a)))
        return xe_fail (x, "it passes an aggregate by value");
      if (!xe_operand (x, a, &c->args[i]))
        return false;
      sg = &x->xf->sigs[c->sig];
      xir_type at = xe_optype (x, &c->args[i]);
      /* Keep a C-promoted int argument as it is.  */
      if (i < sg->nparams
          && !(at.kind == XIR_T_INT
               && at.prec == TYPE_PRECISION (integer_type_node)
               && sg->params[i].kind != XIR_T_PTR
               && sg->params[i].prec < at.prec))
        xe_coerce (x, &c->args[i], &sg->params[i]);
    }
  return true;
}

/* The register that receives the value of call G, or -1 without one.  */
static bool
xe_call_result (xe_ctx *x, gcall *g, int32_t *dst)
{
  tree lhs = gimple_call_lhs (g);
  uint32_t r;
  bool ok;
  if (!lhs || !is_gimple_reg_type (TREE_TYPE (lhs)))
    return true;   /* none, or an aggregate (xe_call_memret) */
  if (TREE_CODE (lhs) == SSA_NAME)
    ok = xe_ssa_reg (x, lhs, &r);
  else if (!is_gimple_reg_type (TREE_TYPE (lhs)))
    return xe_fail (x, "it receives an aggregate return value");
  else
    ok = xe_new_reg (x, TREE_TYPE (lhs), &r);
  *dst = r;
  return ok;
}

/* A call of FNDECL (NULL: indirect) of type FNTYPE with the first NARGS
   arguments of G.  */
static bool
xe_plain_call (xe_ctx *x, gcall *g, tree fndecl, tree fntype, unsigned nargs)
{
  xir_sig sig;
  const char *why;
  if (gimple_call_chain (g))
    return xe_fail (x, "it calls a nested function");
  if (gimple_call_flags (g) & ECF_RETURNS_TWICE)
    return xe_fail (x, "it calls a returns-twice function (setjmp)");
  if (gimple_call_va_arg_pack_p (g))
    return xe_fail (x, "it uses __builtin_va_arg_pack");
  if (gimple_call_alloca_for_var_p (g))
    return xe_fail (x, "it uses a variable-length array");
  if (!fntype
      || (why = (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)
                 ? xi_builtin_sig_of (fntype, &sig)
                 : xi_sig_of (fntype, &sig))))
    return xe_fail (x, "it makes a call whose signature has %s",
                    fntype ? why : "no type");

  xir_call *c = xir_call_new (nargs);
  c->sig = xir_add_sig (x->xf, &sig);
  xi_sig_release (&sig);
  if (gimple_call_noreturn_p (g))
    c->flags |= XIR_CF_NORETURN;
  if (gimple_call_nothrow_p (g))
    c->flags |= XIR_CF_NOTHROW;
  int32_t dst = -1;
  xir_mem mret;
  memset (&mret, 0, sizeof mret);
  bool ok = (xe_call_target (x, g, fndecl, c) && xe_call_args (x, g, c)
             && xe_call_result (x, g, &dst)
             && xe_call_memret (x, g, c, &mret));
  /* Added even when refused: the function owns C then, and a refused
     function is freed whole.  */
  xir_stmt *s = xe_stmt (x, XIR_S_CALL);
  s->call = c;
  s->dst = dst;
  s->mem[0] = mret;
  tree lhs = gimple_call_lhs (g);
  if (!ok || !lhs || TREE_CODE (lhs) == SSA_NAME
      || (c->flags & XIR_CF_MEMRET))
    return ok;
  /* A value returned into memory: stored from its register.  */
  xir_mem m;
  if (!xe_mem (x, lhs, &m, false))
    return false;
  s = xe_stmt (x, XIR_S_STORE);
  s->nops = 1;
  xe_reg_op (&s->ops[0], dst);
  s->mem[0] = m;
  return true;
}

#if BUILDING_GCC_VERSION >= 12000
/* LHS = .DEFERRED_INIT (SIZE, KIND, NAME): -ftrivial-auto-var-init's
   initialisation of an automatic variable (kernels with
   CONFIG_INIT_STACK_ALL_ZERO).  The zero kind is what the compiled
   function does, every byte of LHS zeroed: carried as that (a register set
   to 0, memory a ZERO); the pattern kind is refused.  */
static bool
xe_deferred_init (xe_ctx *x, gcall *g)
{
  tree lhs = gimple_call_lhs (g);
  tree kind = gimple_call_num_args (g) == 3 ? gimple_call_arg (g, 1) : NULL_TREE;
  if (!lhs || !kind || !tree_fits_uhwi_p (kind)
      || tree_to_uhwi (kind) != AUTO_INIT_ZERO)
    return xe_fail (x, "it calls internal function .DEFERRED_INIT other than"
                    " -ftrivial-auto-var-init=zero's");
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      uint32_t dst;
      xir_operand a;
      if (!xe_ssa_reg (x, lhs, &dst)
          || !xe_operand (x, build_zero_cst (TREE_TYPE (lhs)), &a))
        return false;
      xe_coerce (x, &a, &x->xf->regs[dst]);
      xe_assign2 (x, dst, XIR_OP_MOV, &a, NULL);
      return true;
    }
  if (!xe_memref_p (lhs) || xe_bitfield_p (lhs))
    return xe_fail (x, "it zero-initialises a %s",
                    get_tree_code_name (TREE_CODE (lhs)));
  return xe_zero (x, lhs);
}
#endif

/* A call of an internal function: checked arithmetic, compare-exchange,
   .BUILTIN_EXPECT (carried as __builtin_expect), ThreadSanitizer's exit
   hook (dropped: the consumer adds its own) and the zero kind of
   .DEFERRED_INIT; others are refused.  */
static bool
xe_internal_call (xe_ctx *x, gcall *g)
{
  switch (gimple_call_internal_fn (g))
    {
    case IFN_ADD_OVERFLOW:
    case IFN_SUB_OVERFLOW:
    case IFN_MUL_OVERFLOW:
      return xe_checked_arith (x, g);
    case IFN_TSAN_FUNC_EXIT:
      return true;
    case IFN_ATOMIC_COMPARE_EXCHANGE:
      return xe_cas (x, g);
#if BUILDING_GCC_VERSION >= 12000
    case IFN_DEFERRED_INIT:
      return xe_deferred_init (x, g);
#endif
    case IFN_BUILTIN_EXPECT:
      if (gimple_call_num_args (g) >= 2)
        {
          tree e = builtin_decl_explicit (BUILT_IN_EXPECT);
          return xe_plain_call (x, g, e, TREE_TYPE (e), 2);
        }
      /* FALLTHRU */
    default:
      return xe_fail (x, "it calls internal function .%s",
                      internal_fn_name (gimple_call_internal_fn (g)));
    }
}

/* Is G a call of a frame builtin (__builtin_return_address,
   __builtin_frame_address and the like: no side effect, a value that
   would mean something else once inlined) whose value nobody reads?
   6.12's kmalloc_type (flags, _RET_IP_) leaves one whose result is unused:
   dropped rather than refusing the helper.  A used value stays refused.  */
static bool
xe_dead_frame_builtin (gcall *g, tree fndecl)
{
  if (!fndecl || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_RETURN_ADDRESS: case BUILT_IN_FRAME_ADDRESS:
    case BUILT_IN_EXTRACT_RETURN_ADDR: case BUILT_IN_FROB_RETURN_ADDR:
    case BUILT_IN_DWARF_CFA:
      break;
    default:
      return false;
    }
  tree lhs = gimple_call_lhs (g);
  return !lhs || (TREE_CODE (lhs) == SSA_NAME && has_zero_uses (lhs));
}

/* A GIMPLE call.  */
static bool
xe_call (xe_ctx *x, gcall *g)
{
  tree fndecl = gimple_call_fndecl (g);
  unsigned nargs = gimple_call_num_args (g);
  if (gimple_call_internal_p (g))
    return xe_internal_call (x, g);
  if (xe_dead_frame_builtin (g, fndecl))
    return true;
  /* ThreadSanitizer's entry hook: the consumer adds its own.  */
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_TSAN_FUNC_ENTRY))
    return true;
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_EXPECT_WITH_PROBABILITY)
      && nargs == 3)
    {
      /* The probability is a hint; keep the expectation.  */
      tree e = builtin_decl_explicit (BUILT_IN_EXPECT);
      return xe_plain_call (x, g, e, TREE_TYPE (e), 2);
    }
  return xe_plain_call (x, g, fndecl, gimple_call_fntype (g), nargs);
}

/* ---- local register variables -------------------------------------------- */

static bool
xe_local_hreg_p (tree t)
{
  return VAR_P (t) && DECL_HARD_REGISTER (t) && !is_global_var (t);
}

/* Does G write local register variable V (an assignment to it, an asm
   output)?  */
static bool
xe_writes_var (gimple *g, tree v)
{
  if (is_gimple_assign (g))
    return gimple_assign_lhs (g) == v;
  if (gasm *a = dyn_cast <gasm *> (g))
    for (unsigned i = 0; i < gimple_asm_noutputs (a); i++)
      if (TREE_VALUE (gimple_asm_output_op (a, i)) == v)
        return true;
  return false;
}

/* A read by G of local register variable V: GCC gives such a variable no
   value of its register outside the asm operands that bind it, so the
   exported body keeps it an ordinary local; a read is only exported when
   a statement on every path to it wrote it (an initialisation, an asm
   output): one before it in its block or in a block dominating it, never
   for a read of the bare register.  */
static bool
xe_hreg_read_ok (xe_ctx *x, gimple *g, tree v)
{
  basic_block bb = gimple_bb (g);
  gimple_stmt_iterator gsi = gsi_for_stmt (g);
  gsi_prev (&gsi);
  for (;;)
    {
      for (; !gsi_end_p (gsi); gsi_prev (&gsi))
        if (xe_writes_var (gsi_stmt (gsi), v))
          return true;
      if (cfun != x->fn)
        break;
      if (!dom_info_available_p (CDI_DOMINATORS))
        calculate_dominance_info (CDI_DOMINATORS);
      bb = get_immediate_dominator (CDI_DOMINATORS, bb);
      if (!bb || bb == ENTRY_BLOCK_PTR_FOR_FN (x->fn))
        break;
      gsi = gsi_last_bb (bb);
    }
  return xe_fail (x, "it reads local register variable '%s' before "
                  "assigning it (its register's contents are only "
                  "defined for asm operands); initialise it",
                  IDENTIFIER_POINTER (DECL_NAME (v)));
}

/* The reads of local register variables by G (assignment operands, asm
   inputs: GIMPLE reads such a variable nowhere else).  */
static bool
xe_hreg_reads_ok (xe_ctx *x, gimple *g)
{
  if (is_gimple_assign (g))
    {
      for (unsigned i = 1; i < gimple_num_ops (g); i++)
        if (xe_local_hreg_p (gimple_op (g, i))
            && !xe_hreg_read_ok (x, g, gimple_op (g, i)))
          return false;
    }
  else if (gasm *a = dyn_cast <gasm *> (g))
    for (unsigned i = 0; i < gimple_asm_ninputs (a); i++)
      {
        tree v = TREE_VALUE (gimple_asm_input_op (a, i));
        if (xe_local_hreg_p (v) && !xe_hreg_read_ok (x, g, v))
          return false;
      }
  return true;
}

/* ---- statements ------------------------------------------------------------ */

/* Translates G of block BB into the current IR block.  Control statements
   are left to the block's terminator (export-cfg.c).  */
bool
xe_stmt_translate (xe_ctx *x, gimple *g, basic_block bb)
{
  switch (gimple_code (g))
    {
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_RETURN:
      return true;
    case GIMPLE_LABEL:
      {
        tree l = gimple_label_label (as_a <glabel *> (g));
        if (DECL_NONLOCAL (l) || FORCED_LABEL (l))
          return xe_fail (x, "it has a label whose address is taken");
        return true;
      }
    case GIMPLE_ASSIGN:
      return (xe_hreg_reads_ok (x, g)
              && xe_assign (x, as_a <gassign *> (g)));
    case GIMPLE_CALL:
      return xe_call (x, as_a <gcall *> (g));
    case GIMPLE_ASM:
      return (xe_hreg_reads_ok (x, g)
              && xe_asm (x, as_a <gasm *> (g), bb));
    default:
      return xe_fail (x, "it contains a %s statement",
                      gimple_code_name[gimple_code (g)]);
    }
}
