/* import-subst.c - which IR registers the importer's builder
 * (import-build.c) does not declare as locals but nests, as expressions,
 * into their only use, as the C front end nests `(x * 3 + y) ^ (x - 7)'
 * in one statement: GCC then gets the body closer to the form it gets
 * from the same function `static inline', with fewer locals and copies.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

/* Where each register is defined and used, for xi_substituted.  */
struct xs_seen {
  uint32_t *ndefs, *nuses;  /* an asm's use counts as two: never substituted */
  uint32_t *dblk, *dpos;    /* the (last) definition: block, statement */
  uint32_t *ublk, *upos;    /* the (last) use; the terminator is nstmts */
};

static void
xs_use (xs_seen *u, uint32_t r, uint32_t bl, uint32_t pos, uint32_t n)
{
  u->nuses[r] += n;
  u->ublk[r] = bl;
  u->upos[r] = pos;
}

static void
xs_operand (xs_seen *u, const xir_operand *o, uint32_t bl,
                 uint32_t pos, uint32_t n)
{
  if (o->kind == XIR_O_REG)
    xs_use (u, o->idx, bl, pos, n);
}

static void
xs_mem (xs_seen *u, const xir_mem *m, uint32_t bl, uint32_t pos,
             uint32_t n)
{
  xs_operand (u, &m->base, bl, pos, n);
  for (unsigned i = 0; i < m->nidx; i++)
    xs_use (u, m->idx[i].reg, bl, pos, n);
}

static void
xs_def (xs_seen *u, int32_t r, uint32_t bl, uint32_t pos)
{
  if (r < 0)
    return;
  u->ndefs[r]++;
  u->dblk[r] = bl;
  u->dpos[r] = pos;
}

/* Every definition and use of a register in statement S, number POS of
   block BL.  */
static void
xs_stmt (xs_seen *u, const xir_stmt *s, uint32_t bl, uint32_t pos)
{
  for (unsigned i = 0; i < s->nops && i < XIR_MAX_OPS; i++)
    xs_operand (u, &s->ops[i], bl, pos, 1);
  if (s->kind != XIR_S_ASSIGN && s->kind != XIR_S_ASM && s->kind != XIR_S_CALL)
    xs_mem (u, &s->mem[0], bl, pos, 1);
  if (s->kind == XIR_S_COPY)
    xs_mem (u, &s->mem[1], bl, pos, 1);
  if (s->kind == XIR_S_CALL)
    {
      xs_operand (u, &s->call->target, bl, pos, 1);
      for (uint32_t i = 0; i < s->call->nargs; i++)
        xs_operand (u, &s->call->args[i], bl, pos, 1);
      if (s->call->flags & XIR_CF_MEMRET)
        xs_mem (u, &s->mem[0], bl, pos, 1);
    }
  if (s->kind == XIR_S_ASM)
    for (uint32_t k = 0; k < s->asm_->nout + s->asm_->nin; k++)
      {
        bool out = k < s->asm_->nout;
        const xir_asm_op *op = out ? &s->asm_->outs[k]
                                   : &s->asm_->ins[k - s->asm_->nout];
        if (op->is_mem == XIR_ASM_MEM)
          xs_mem (u, &op->mem, bl, pos, 2);
        else if (out)
          xs_def (u, op->reg, bl, pos);
        else
          xs_operand (u, &op->val, bl, pos, 2);
      }
  xs_def (u, s->dst, bl, pos);
}

/* Whether register X, read by the definition at POS of block BL, has the
   same value at any later point of the block up to which only substituted
   statements follow (xi_substituted): a parameter never assigned, a
   register with one definition that is not at or after POS in BL, or one
   with several (never substituted, so none of them is in between).  */
static bool
xs_stable (const xs_seen *u, const xir_operand *o, uint32_t np,
           uint32_t bl, uint32_t pos)
{
  if (o->kind != XIR_O_REG)
    return true;
  uint32_t x = o->idx;
  if (u->ndefs[x] == 0)
    return x < np;
  return u->ndefs[x] > 1 || u->dblk[x] != bl || u->dpos[x] < pos;
}

/* Whether statement S (number POS of block BL) defines register S->dst
   with a pure computation, no division (it may trap), of registers that
   are stable (xs_stable) from there on.  */
static bool
xs_pure_def (const xir_func *f, const xs_seen *u, const xir_stmt *s,
             uint32_t np, uint32_t bl, uint32_t pos)
{
  if (f->regs[s->dst].kind == XIR_T_BLOB)
    return false;
  if (s->kind == XIR_S_ADDR)
    {
      const xir_mem *m = &s->mem[0];
      bool ok = xs_stable (u, &m->base, np, bl, pos);
      for (unsigned i = 0; ok && i < m->nidx; i++)
        {
          xir_operand o;
          memset (&o, 0, sizeof o);
          o.kind = XIR_O_REG;
          o.idx = m->idx[i].reg;
          ok = xs_stable (u, &o, np, bl, pos);
        }
      return ok;
    }
  if (s->kind != XIR_S_ASSIGN
      || (s->op >= XIR_OP_DIV_TRUNC && s->op <= XIR_OP_MOD_ROUND))
    return false;
  for (unsigned i = 0; i < s->nops; i++)
    if (!xs_stable (u, &s->ops[i], np, bl, pos))
      return false;
  return true;
}

/* The registers (not parameters) whose definition becomes part of the
   expression of their only use, as the C front end nests `a + b * c':
   one definition, one use, later in the same block (not in an asm) with
   only substituted statements between, a pure computation of stable
   registers (xs_pure_def).  The value the
   use computes is then the one the register held: nothing between
   changes its inputs and the computation cannot trap, so evaluating it
   later (or not at all, if a call between never returns) is the same.
   Sets SUBST[r] for each (SUBST has F->nregs entries, all false).  */
void
xi_substituted (const xir_func *f, uint32_t np, bool *subst)
{
  uint32_t n = f->nregs + 1;
  xs_seen u;
  u.ndefs = XCNEWVEC (uint32_t, 6 * n);
  u.nuses = u.ndefs + n;
  u.dblk = u.nuses + n;
  u.dpos = u.dblk + n;
  u.ublk = u.dpos + n;
  u.upos = u.ublk + n;
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    {
      const xir_block *blk = &f->blocks[bl];
      for (uint32_t i = 0; i < blk->nstmts; i++)
        xs_stmt (&u, &blk->stmts[i], bl, i);
      xs_operand (&u, &blk->term.a, bl, blk->nstmts, 1);
      xs_operand (&u, &blk->term.b, bl, blk->nstmts, 1);
    }
  for (uint32_t r = np; r < f->nregs; r++)
    {
      if (u.ndefs[r] != 1 || u.nuses[r] != 1 || u.ublk[r] != u.dblk[r]
          || u.upos[r] <= u.dpos[r])
        continue;
      const xir_stmt *s = &f->blocks[u.dblk[r]].stmts[u.dpos[r]];
      subst[r] = s->dst == (int32_t) r
                    && xs_pure_def (f, &u, s, np, u.dblk[r], u.dpos[r]);
    }
  /* Only across statements that are substituted themselves: the
     statements left keep their order (the exporter's order can matter to
     GCC's register allocation, e.g. a bit-field store's new bits computed
     before the old byte is loaded).  */
  for (bool changed = true; changed; )
    {
      changed = false;
      for (uint32_t r = np; r < f->nregs; r++)
        {
          const xir_block *blk = &f->blocks[u.dblk[r]];
          for (uint32_t i = u.dpos[r] + 1; subst[r] && i < u.upos[r]; i++)
            if (blk->stmts[i].dst < 0 || !subst[blk->stmts[i].dst])
              subst[r] = false, changed = true;
        }
    }
  free (u.ndefs);
}
