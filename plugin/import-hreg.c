/* import-hreg.c - what the importer needs for hard-register variables as
 * asm operands and for variables declared in a named address space:
 * their legality in this unit (checked against this unit's target) and
 * their materialization.
 *
 * A hard-register variable operand names its register (asm ("rsp")); the
 * register must decode on this target and hold the variable's type.  A
 * local one (register long r asm ("r10") = x in the provider) becomes a
 * local DECL_HARD_REGISTER variable of the imported body for that one
 * operand: an input is assigned its value before the asm, an output's
 * value is read from it after, which is all GCC guarantees of such a
 * variable.  A global one (the kernel's current_stack_pointer, bound to
 * rsp) is this unit's own file-scope register variable of that name and
 * register; without one, one is declared only when the register is fixed
 * here (the stack pointer): a global register variable of an allocatable
 * register would take it from the whole unit's register allocation.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

/* ---- this unit's global register variables -------------------------------- */

/* By name (DECL_NAME), collected while parsing, plus the ones declared
   for imported bodies.  */
static hash_map<tree, tree> *xh_globals;

void
xi_note_global_hreg (tree d)
{
  if (!VAR_P (d) || !DECL_HARD_REGISTER (d) || !is_global_var (d)
      || !DECL_NAME (d))
    return;
  if (!xh_globals)
    xh_globals = new hash_map<tree, tree>;
  xh_globals->put (DECL_NAME (d), d);
}

/* The hard register number of register variable D, or -1.  */
static int
xh_regno (tree d)
{
  const char *n = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
  return decode_reg_name (*n == '*' ? n + 1 : n);
}

/* Whether this unit's register variable D is what OP expects: bound to
   register REGNO, of OP's type.  */
static bool
xh_same (tree d, int regno, const xir_asm_op *op)
{
  xir_type t;
  return (xh_regno (d) == regno
          && !xi_type_of (TREE_TYPE (d), &t, false)
          && xir_type_equal (&t, &op->htype));
}

/* This unit's global register variable for OP (bound to REGNO): the one
   of OP's name, else any other of the same register and type, else
   NULL.  */
static tree
xh_find_global (const xir_asm_op *op, int regno)
{
  if (!xh_globals)
    return NULL_TREE;
  tree *d = xh_globals->get (get_identifier (op->hvar));
  if (d)
    return *d;
  for (hash_map<tree, tree>::iterator it = xh_globals->begin ();
       it != xh_globals->end (); ++it)
    if (xh_same ((*it).second, regno, op))
      return (*it).second;
  return NULL_TREE;
}

/* ---- legality ------------------------------------------------------------------ */

/* What hard-register variable operand OP needs of this unit.  */
static enum xi_refusal_code
xh_legal_op (const xir_asm_op *op, xi_refusal *r)
{
  char what[300];
  if (op->hvar)
    snprintf (what, sizeof what, "global register variable '%.200s'",
              op->hvar);
  else
    snprintf (what, sizeof what, "a local register variable");
  int regno = decode_reg_name (op->hreg);
  if (regno < 0)
    return xi_refuse (r, XI_R_HREG_UNKNOWN, what, op->hreg);
  tree type = xi_tree_type (&op->htype);
  if (!type || !targetm.hard_regno_mode_ok (regno, TYPE_MODE (type)))
    return xi_refuse (r, XI_R_HREG_MODE, what, op->hreg,
                      (unsigned) op->htype.size);
  if (!op->hvar)
    return XI_R_NONE;
  tree d = xh_find_global (op, regno);
  if (d && !xh_same (d, regno, op))
    return xi_refuse (r, XI_R_HREG_GLOBAL_OTHER, op->hvar, op->hreg);
  if (!d && !fixed_regs[regno])
    return xi_refuse (r, XI_R_HREG_GLOBAL_MISSING, op->hvar, op->hreg);
  return XI_R_NONE;
}

enum xi_refusal_code
xi_legal_hregs (const xir_func *f, xi_refusal *r)
{
  enum xi_refusal_code code = XI_R_NONE;
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    for (uint32_t i = 0; i < f->blocks[bl].nstmts; i++)
      {
        const xir_asm *a = f->blocks[bl].stmts[i].asm_;
        if (f->blocks[bl].stmts[i].kind != XIR_S_ASM)
          continue;
        for (uint32_t k = 0; k < a->nout && !code; k++)
          if (a->outs[k].is_mem == XIR_ASM_HREG)
            code = xh_legal_op (&a->outs[k], r);
        for (uint32_t k = 0; k < a->nin && !code; k++)
          if (a->ins[k].is_mem == XIR_ASM_HREG)
            code = xh_legal_op (&a->ins[k], r);
        if (code)
          return code;
      }
  return XI_R_NONE;
}

enum xi_refusal_code
xi_legal_addr_spaces (const xir_func *f, xi_refusal *r)
{
  for (uint32_t i = 0; i < f->nsyms; i++)
    {
      unsigned as = f->syms[i].as;
      if (as && (as >= 16
                 || !targetm.addr_space.valid_pointer_mode (ptr_mode, as)))
        return xi_refuse (r, XI_R_ADDR_SPACE_UNKNOWN, f->syms[i].name, as);
    }
  return XI_R_NONE;
}

enum xi_refusal_code
xi_legal_sym_addr_space (const xir_sym *s, tree d, xi_refusal *r)
{
  unsigned as = TYPE_ADDR_SPACE (TREE_TYPE (d));
  if (s->kind != XIR_SYM_VAR || as == s->as)
    return XI_R_NONE;
  char want[64];
  snprintf (want, sizeof want, "%s", xi_addr_space_name (s->as));
  return xi_refuse (r, XI_R_SYM_ADDR_SPACE, s->name, want,
                    xi_addr_space_name (as));
}

/* ---- materialization ------------------------------------------------------------ */

/* A register variable NAME of TYPE bound to register REG.  */
static tree
xh_hard_var (tree name, tree type, const char *reg)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL, name, type);
  DECL_REGISTER (v) = 1;
  DECL_HARD_REGISTER (v) = 1;
  DECL_ARTIFICIAL (v) = 1;
  TREE_USED (v) = 1;
  set_user_assembler_name (v, reg);
  return v;
}

tree
xi_global_hreg (const xir_asm_op *op)
{
  int regno = decode_reg_name (op->hreg);
  tree d = xh_find_global (op, regno);
  if (d)
    return d;
  /* Legality made sure the register is fixed in this unit.  */
  d = xh_hard_var (get_identifier (op->hvar), xi_tree_type (&op->htype),
                   op->hreg);
  TREE_STATIC (d) = 1;
  TREE_THIS_VOLATILE (d) = 0;
  rest_of_decl_compilation (d, 1, 0);
  xi_note_global_hreg (d);
  return d;
}

tree
xi_local_hreg (tree fndecl, const xir_asm_op *op)
{
  tree v = xh_hard_var (create_tmp_var_name ("xinline_hreg"),
                        xi_tree_type (&op->htype), op->hreg);
  DECL_IGNORED_P (v) = 1;
  DECL_CONTEXT (v) = fndecl;
  return v;
}
