/* export-cfg.c - the control flow of an exported body: one IR block per
 * basic block after an entry block, PHIs resolved into copies on the
 * incoming edges (in a block of their own when the edge needs one), and
 * each block's terminator (branch, switch, return, goto, unreachable).
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* The IR block of basic block BB.  */
static uint32_t
xe_block_of (xe_ctx *x, basic_block bb)
{
  return x->bb_block[bb->index] - 1;
}

/* ---- PHIs ------------------------------------------------------------------ */

/* A PHI result gets two registers: its own SSA register, set at the top of
   its block from the PHI register, which each incoming edge sets.  */
static bool
xe_phi_reg (xe_ctx *x, tree res, uint32_t *r)
{
  return xe_mapped_reg (x, x->phi_reg, res, r);
}

/* Emits the PHI copies for edge E into the current block.  */
static bool
xe_phi_copies (xe_ctx *x, edge e)
{
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      tree res = gimple_phi_result (phi);
      uint32_t pr;
      if (virtual_operand_p (res))
        continue;
      if (!xe_phi_reg (x, res, &pr))
        return false;
      xir_operand a;
      if (!xe_operand (x, PHI_ARG_DEF_FROM_EDGE (phi, e), &a))
        return false;
      /* GIMPLE lets a PHI join types it finds compatible (a _Bool result,
         an unsigned:1 bit-field argument): make the conversion explicit.  */
      xir_type want = x->xf->regs[pr];
      xe_coerce (x, &a, &want);
      xe_assign2 (x, pr, XIR_OP_MOV, &a, NULL);
    }
  return true;
}

/* The PHI results of BB, set from their PHI registers.  */
static bool
xe_phi_results (xe_ctx *x, basic_block bb)
{
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      tree res = gimple_phi_result (gsi.phi ());
      uint32_t pr, r;
      if (virtual_operand_p (res))
        continue;
      if (!xe_phi_reg (x, res, &pr) || !xe_ssa_reg (x, res, &r))
        return false;
      xir_operand a;
      xe_reg_op (&a, pr);
      xe_assign2 (x, r, XIR_OP_MOV, &a, NULL);
    }
  return true;
}

/* Does BB have PHIs of values (not of the virtual operand)?  */
static bool
xe_has_phis (basic_block bb)
{
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!virtual_operand_p (gimple_phi_result (gsi.phi ())))
      return true;
  return false;
}

/* ---- edges ------------------------------------------------------------------ */

/* The IR block to jump to for edge E: the destination itself, or a new
   block holding E's PHI copies.  */
bool
xe_edge_target (xe_ctx *x, edge e, uint32_t *target)
{
  if (e->flags & (EDGE_EH | EDGE_ABNORMAL))
    return xe_fail (x, "it has exceptional or abnormal control flow");
  if (e->dest == EXIT_BLOCK_PTR_FOR_FN (x->fn))
    return xe_fail (x, "it leaves the function without a return");
  if (!xe_has_phis (e->dest))
    {
      *target = xe_block_of (x, e->dest);
      return true;
    }
  uint32_t saved = x->cur;
  uint32_t b = xir_add_block (x->xf);
  x->cur = b;
  bool ok = xe_phi_copies (x, e);
  x->xf->blocks[b].term.kind = XIR_K_GOTO;
  x->xf->blocks[b].term.succ[0] = xe_block_of (x, e->dest);
  x->cur = saved;
  *target = b;
  return ok;
}

/* ---- terminators ------------------------------------------------------------ */

/* The terminator of the current block.  */
static xir_term *
xe_term (xe_ctx *x)
{
  return &x->xf->blocks[x->cur].term;
}

/* if (A CMP B) goto the true edge's target, else the false edge's.  */
static bool
xe_term_cond (xe_ctx *x, basic_block bb, gcond *c)
{
  edge te, fe;
  int op = xe_opcode (gimple_cond_code (c));
  if (op < 0 || !xir_op_is_compare (op))
    return xe_fail (x, "it branches on comparison %s",
                    get_tree_code_name (gimple_cond_code (c)));
  xir_operand a, b;
  if (!xe_operand (x, gimple_cond_lhs (c), &a)
      || !xe_operand (x, gimple_cond_rhs (c), &b))
    return false;
  xir_type at = xe_optype (x, &a);
  xe_coerce (x, &b, &at);
  extract_true_false_edges_from_block (bb, &te, &fe);
  uint32_t tt, ft;
  if (!xe_edge_target (x, te, &tt) || !xe_edge_target (x, fe, &ft))
    return false;
  xir_term *t = xe_term (x);
  t->kind = XIR_K_COND;
  t->cmp = op;
  t->a = a;
  t->b = b;
  t->succ[0] = tt;
  t->succ[1] = ft;
  return true;
}

/* switch (index): its case ranges and the default (label 0).  */
static bool
xe_term_switch (xe_ctx *x, basic_block bb, gswitch *sw)
{
  xir_operand a;
  unsigned n = gimple_switch_num_labels (sw);
  if (!xe_operand (x, gimple_switch_index (sw), &a))
    return false;
  if (a.kind != XIR_O_REG || x->xf->regs[a.idx].kind != XIR_T_INT)
    return xe_fail (x, "it switches on a non-integer");
  if (x->xf->regs[a.idx].size > 8)
    return xe_fail (x, "it switches on a 128-bit integer (the IR's case "
                    "values have 64 bits): compare with if/else instead");
  xir_case *cases = XNEWVEC (xir_case, n);
  uint32_t deflt = 0;
  for (unsigned i = 0; i < n; i++)
    {
      tree l = gimple_switch_label (sw, i);
      basic_block dest = label_to_block (x->fn, CASE_LABEL (l));
      edge de = find_edge (bb, dest);
      uint32_t tgt;
      if (!de || !xe_edge_target (x, de, &tgt))
        {
          free (cases);
          return de ? false : xe_fail (x, "it has a broken switch");
        }
      if (i == 0)
        {
          deflt = tgt;
          continue;
        }
      tree lo = CASE_LOW (l), hi = CASE_HIGH (l) ? CASE_HIGH (l) : lo;
      cases[i - 1].lo = (uint64_t) TREE_INT_CST_LOW (lo);
      cases[i - 1].hi = (uint64_t) TREE_INT_CST_LOW (hi);
      cases[i - 1].succ = tgt;
    }
  xir_term *t = xe_term (x);
  t->kind = XIR_K_SWITCH;
  t->a = a;
  t->succ[0] = deflt;
  t->ncases = n - 1;
  t->cases = cases;
  return true;
}

/* return [value], converted to the function's return type.  */
static bool
xe_term_return (xe_ctx *x, greturn *r)
{
  tree rv = gimple_return_retval (r);
  xe_term (x)->kind = XIR_K_RETURN;
  if (!rv && x->xf->sigs[x->xf->sig].ret.kind == XIR_T_BLOB)
    return xe_fail (x, "it returns no value from a function returning an "
                    "aggregate");
  if (!rv)
    return true;
  if (x->xf->sigs[x->xf->sig].ret.kind == XIR_T_BLOB)
    return xe_object_addr (x, rv, &xe_term (x)->a);
  if (TREE_CODE (rv) == RESULT_DECL)
    return xe_fail (x, "it returns through its result slot");
  xir_operand a;
  if (!xe_operand (x, rv, &a))
    return false;
  xe_coerce (x, &a, &x->xf->sigs[x->xf->sig].ret);
  xe_term (x)->a = a;
  return true;
}

/* The fall-through of an asm goto (its labels were done with the
   statement).  */
static bool
xe_term_asm_goto (xe_ctx *x, basic_block bb)
{
  edge e, ft = NULL;
  edge_iterator ei;
  uint32_t tgt;
  FOR_EACH_EDGE (e, ei, bb->succs)
    if (e->flags & EDGE_FALLTHRU)
      ft = e;
  if (!ft)
    return xe_fail (x, "it has an asm goto without fall-through");
  if (!xe_edge_target (x, ft, &tgt))
    return false;
  xir_term *t = xe_term (x);
  t->kind = XIR_K_GOTO;
  t->succ[0] = tgt;
  return true;
}

/* The single successor edge E, its PHI copies in the current block.  */
static bool
xe_term_goto (xe_ctx *x, edge e)
{
  if (e->dest == EXIT_BLOCK_PTR_FOR_FN (x->fn))
    return xe_fail (x, "it leaves the function without a return");
  if (!xe_phi_copies (x, e))
    return false;
  xir_term *t = xe_term (x);
  t->kind = XIR_K_GOTO;
  t->succ[0] = xe_block_of (x, e->dest);
  return true;
}

/* The terminator of the current block, from BB's last statement and its
   successor edges.  */
static bool
xe_terminate (xe_ctx *x, basic_block bb)
{
  gimple *last = xi_last_stmt (bb);
  enum gimple_code code = last ? gimple_code (last) : GIMPLE_NOP;
  edge e;
  edge_iterator ei;

  FOR_EACH_EDGE (e, ei, bb->succs)
    if (e->flags & (EDGE_EH | EDGE_ABNORMAL))
      return xe_fail (x, "it has exceptional or abnormal control flow");
  if (code == GIMPLE_COND)
    return xe_term_cond (x, bb, as_a <gcond *> (last));
  if (code == GIMPLE_SWITCH)
    return xe_term_switch (x, bb, as_a <gswitch *> (last));
  if (code == GIMPLE_RETURN)
    return xe_term_return (x, as_a <greturn *> (last));
  if (code == GIMPLE_GOTO || code == GIMPLE_RESX
      || code == GIMPLE_EH_DISPATCH)
    return xe_fail (x, "it uses %s", gimple_code_name[code]);
  if (EDGE_COUNT (bb->succs) == 0)
    {
      xe_term (x)->kind = XIR_K_UNREACHABLE;
      return true;
    }
  if (code == GIMPLE_ASM && gimple_asm_nlabels (as_a <gasm *> (last)))
    return xe_term_asm_goto (x, bb);
  if (EDGE_COUNT (bb->succs) == 1)
    return xe_term_goto (x, single_succ_edge (bb));
  return xe_fail (x, "it has a block with unexpected control flow");
}

/* ---- the body ---------------------------------------------------------------- */

/* Translates the body: block 0 is the entry, which jumps to the first
   real block; then each basic block's PHI results, statements and
   terminator.  */
bool
xe_blocks (xe_ctx *x)
{
  function *fn = x->fn;
  basic_block bb;
  uint32_t entry = xir_add_block (x->xf);
  FOR_EACH_BB_FN (bb, fn)
    x->bb_block[bb->index] = xir_add_block (x->xf) + 1;
  edge first = single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fn));
  x->xf->blocks[entry].term.kind = XIR_K_GOTO;
  x->xf->blocks[entry].term.succ[0] = xe_block_of (x, first->dest);
  if (xe_has_phis (first->dest))
    return xe_fail (x, "it has PHI nodes at its entry");

  FOR_EACH_BB_FN (bb, fn)
    {
      x->cur = xe_block_of (x, bb);
      if (!xe_phi_results (x, bb))
        return false;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        if (!xe_stmt_translate (x, gsi_stmt (gsi), bb))
          return false;
      if (!xe_terminate (x, bb))
        return false;
    }
  return true;
}
