/* xir-encode.c - the IR's byte encoder: functions (with their record
 * hash), compile-unit metadata and whole units, as docs/IR-FORMAT.md
 * describes them.  The encoding is canonical and deterministic: the same
 * function always gives the same bytes, and the decoder accepts exactly
 * what this file writes.
 */
#include "xir-int.h"

#include <string.h>

static void
put_type (xir_buf *b, const xir_type *t)
{
  xir_put_uleb (b, t->kind);
  if (t->kind == XIR_T_VOID)
    return;
  xir_put_uleb (b, t->size);
  xir_put_uleb (b, t->prec);
  xir_put_uleb (b, t->uns);
  xir_put_uleb (b, t->as);
}

static void
put_operand (xir_buf *b, const xir_operand *o)
{
  xir_put_uleb (b, o->kind);
  switch (o->kind)
    {
    case XIR_O_REG:
      xir_put_uleb (b, o->idx);
      break;
    case XIR_O_CONST:
      put_type (b, &o->type);
      xir_put_sleb (b, (int64_t) o->val);
      if (o->type.size > 8)
        xir_put_sleb (b, (int64_t) o->val_hi);  /* bits 64..127 */
      break;
    case XIR_O_SYM:
    case XIR_O_SLOT:
    case XIR_O_POOL:
      xir_put_uleb (b, o->idx);
      xir_put_sleb (b, o->off);
      break;
    default:
      break;
    }
}

static void
put_mem (xir_buf *b, const xir_mem *m)
{
  unsigned i, n = m->nidx > XIR_MAX_INDEX ? XIR_MAX_INDEX : m->nidx;
  put_operand (b, &m->base);
  xir_put_sleb (b, m->off);
  xir_put_uleb (b, n);
  for (i = 0; i < n; i++)
    {
      xir_put_uleb (b, m->idx[i].reg);
      xir_put_sleb (b, m->idx[i].scale);
    }
  put_type (b, &m->type);
  xir_put_uleb (b, m->align);
  xir_put_uleb (b, m->flags);
  xir_put_uleb (b, m->as);
}

static void
put_call (xir_buf *b, const xir_call *c)
{
  uint32_t i;
  if (!c)
    {
      xir_put_uleb (b, XIR_C_TARGET_BUILTIN + 1); /* invalid: refused on decode */
      return;
    }
  xir_put_uleb (b, c->kind);
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      xir_put_uleb (b, c->sym);
      break;
    case XIR_C_INDIRECT:
      put_operand (b, &c->target);
      break;
    case XIR_C_BUILTIN:
      xir_put_uleb (b, c->builtin);
      xir_put_str (b, c->bname);
      break;
    case XIR_C_TARGET_BUILTIN:
      xir_put_str (b, c->bname);
      break;
    default:
      return;
    }
  xir_put_uleb (b, c->sig);
  xir_put_uleb (b, c->flags);
  xir_put_uleb (b, c->nargs);
  for (i = 0; i < c->nargs; i++)
    put_operand (b, &c->args[i]);
}

/* A destination register: dst >= 0 as is (a negative one encodes as a
   huge value the decoder refuses).  */
static void
put_dst (xir_buf *b, int32_t dst)
{
  xir_put_uleb (b, (uint32_t) dst);
}

/* An optional string: a presence flag, then the string if present.  */
static void
put_opt_str (xir_buf *b, const char *s)
{
  xir_put_uleb (b, s != NULL);
  if (s)
    xir_put_str (b, s);
}

/* A hard-register variable operand: register name, variable name (absent
   for a local one), type; a local one then carries its value.  */
static void
put_asm_hreg (xir_buf *b, const xir_asm_op *op, int output)
{
  xir_put_str (b, op->hreg ? op->hreg : "");
  put_opt_str (b, op->hvar);
  put_type (b, &op->htype);
  if (op->hvar)
    return;
  if (output)
    put_dst (b, op->reg);
  else
    put_operand (b, &op->val);
}

static void
put_asm_op (xir_buf *b, const xir_asm_op *op, int output)
{
  xir_put_str (b, op->constraint);
  put_opt_str (b, op->name);
  xir_put_uleb (b, op->is_mem);
  if (op->is_mem == XIR_ASM_HREG)
    put_asm_hreg (b, op, output);
  else if (op->is_mem)
    put_mem (b, &op->mem);
  else if (output)
    put_dst (b, op->reg);
  else
    put_operand (b, &op->val);
}

static void
put_asm (xir_buf *b, const xir_asm *a)
{
  uint32_t i;
  if (!a)
    {
      xir_put_str (b, "");
      /* invalid flags: refused on decode */
      xir_put_uleb (b, XIR_ASM_FLAGS_ALL + 1);
      return;
    }
  xir_put_str (b, a->templ);
  xir_put_uleb (b, a->flags);
  xir_put_uleb (b, a->nout);
  for (i = 0; i < a->nout; i++)
    put_asm_op (b, &a->outs[i], 1);
  xir_put_uleb (b, a->nin);
  for (i = 0; i < a->nin; i++)
    put_asm_op (b, &a->ins[i], 0);
  xir_put_uleb (b, a->nclob);
  for (i = 0; i < a->nclob; i++)
    xir_put_str (b, a->clobbers[i]);
  xir_put_uleb (b, a->nlabels);
  for (i = 0; i < a->nlabels; i++)
    {
      xir_put_uleb (b, a->labels[i]);
      put_opt_str (b, a->label_names ? a->label_names[i] : NULL);
    }
}

static void
put_stmt (xir_buf *b, const xir_stmt *s)
{
  int i, ar;
  xir_put_uleb (b, s->kind);
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      xir_put_uleb (b, s->op);
      put_dst (b, s->dst);
      ar = xir_op_arity (s->op);
      for (i = 0; i < ar && i < XIR_MAX_OPS; i++)
        put_operand (b, &s->ops[i]);
      break;
    case XIR_S_LOAD:
    case XIR_S_ADDR:
      put_dst (b, s->dst);
      put_mem (b, &s->mem[0]);
      break;
    case XIR_S_STORE:
      put_mem (b, &s->mem[0]);
      put_operand (b, &s->ops[0]);
      break;
    case XIR_S_COPY:
      put_mem (b, &s->mem[0]);
      put_mem (b, &s->mem[1]);
      break;
    case XIR_S_ZERO:
      put_mem (b, &s->mem[0]);
      break;
    case XIR_S_CALL:
      xir_put_uleb (b, s->dst < 0 ? 0 : (uint64_t) s->dst + 1);
      put_call (b, s->call);
      if (s->call && (s->call->flags & XIR_CF_MEMRET))
        put_mem (b, &s->mem[0]);   /* where the aggregate result goes */
      break;
    case XIR_S_ASM:
      put_asm (b, s->asm_);
      break;
    default:
      break;
    }
}

static void
put_term (xir_buf *b, const xir_term *t)
{
  uint32_t i;
  xir_put_uleb (b, t->kind);
  switch (t->kind)
    {
    case XIR_K_GOTO:
      xir_put_uleb (b, t->succ[0]);
      break;
    case XIR_K_COND:
      xir_put_uleb (b, t->cmp);
      put_operand (b, &t->a);
      put_operand (b, &t->b);
      xir_put_uleb (b, t->succ[0]);
      xir_put_uleb (b, t->succ[1]);
      break;
    case XIR_K_SWITCH:
      put_operand (b, &t->a);
      xir_put_uleb (b, t->succ[0]);
      xir_put_uleb (b, t->ncases);
      for (i = 0; i < t->ncases; i++)
        {
          xir_put_sleb (b, (int64_t) t->cases[i].lo);
          xir_put_sleb (b, (int64_t) t->cases[i].hi);
          xir_put_uleb (b, t->cases[i].succ);
        }
      break;
    case XIR_K_RETURN:
      put_operand (b, &t->a);
      break;
    default:
      break;
    }
}

static void
put_tables (xir_buf *b, const xir_func *f)
{
  uint32_t i, j;
  xir_put_uleb (b, f->nsigs);
  for (i = 0; i < f->nsigs; i++)
    {
      const xir_sig *s = &f->sigs[i];
      put_type (b, &s->ret);
      xir_put_uleb (b, s->nparams);
      for (j = 0; j < s->nparams; j++)
        put_type (b, &s->params[j]);
      xir_put_uleb (b, s->varargs);
    }
  xir_put_uleb (b, f->nsyms);
  for (i = 0; i < f->nsyms; i++)
    {
      const xir_sym *s = &f->syms[i];
      xir_put_str (b, s->name);
      xir_put_uleb (b, s->kind);
      if (s->kind == XIR_SYM_FUNC)
        {
          xir_put_uleb (b, s->sig);
          xir_put_uleb (b, s->flags);
        }
      else
        xir_put_uleb (b, s->as);
    }
  xir_put_uleb (b, f->npool);
  for (i = 0; i < f->npool; i++)
    {
      xir_put_uleb (b, f->pool[i].kind);
      xir_put_uleb (b, f->pool[i].align);
      xir_put_blob (b, f->pool[i].data, f->pool[i].len);
    }
  xir_put_uleb (b, f->nregs);
  for (i = 0; i < f->nregs; i++)
    put_type (b, &f->regs[i]);
  xir_put_uleb (b, f->nslots);
  for (i = 0; i < f->nslots; i++)
    {
      const xir_slot *s = &f->slots[i];
      xir_put_uleb (b, s->size);
      xir_put_uleb (b, s->align);
      xir_put_uleb (b, s->flags);
      xir_put_uleb (b, s->param < 0 ? 0 : (uint64_t) s->param + 1);
    }
}

/* The function record: name, statement count, hash, body length, body.
   The hash covers every byte of the record except its own 8.  */
void
xir_encode_func (xir_buf *b, xir_func *f)
{
  xir_buf body, head;
  unsigned char lenbuf[10];
  size_t lenlen;
  uint32_t i, j, total = 0;
  uint64_t h;

  xir_buf_init (&body);
  xir_buf_init (&head);
  xir_put_uleb (&body, f->sig);
  put_tables (&body, f);
  xir_put_uleb (&body, f->nblocks);
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      xir_put_uleb (&body, bl->nstmts);
      for (j = 0; j < bl->nstmts; j++)
        put_stmt (&body, &bl->stmts[j]);
      put_term (&body, &bl->term);
      total += bl->nstmts;
    }
  f->nstmts_total = total;

  xir_put_str (&head, f->name);
  xir_put_uleb (&head, total);
  lenlen = xir_encode_uleb (lenbuf, body.len);
  h = xir_fnv_update (XIR_FNV_BASIS, head.data, head.len);
  h = xir_fnv_update (h, lenbuf, lenlen);
  h = xir_fnv_update (h, body.data, body.len);
  f->hash = h;

  xir_buf_put (b, head.data, head.len);
  xir_put_fixed (b, h, 8);
  xir_buf_put (b, lenbuf, lenlen);
  xir_buf_put (b, body.data, body.len);
  xir_buf_free (&head);
  xir_buf_free (&body);
}

void
xir_encode_meta (xir_buf *b, const xir_meta *m)
{
  xir_put_str (b, m->producer);
  xir_put_str (b, m->target);
  xir_put_uleb (b, m->semflags);
  xir_put_uleb (b, m->flavour);
  xir_put_str (b, m->source);
  xir_put_fixed (b, m->source_hash, 8);
  xir_put_uleb (b, m->ndeps);
  for (uint32_t i = 0; i < m->ndeps; i++)
    {
      xir_put_str (b, m->deps[i].path);
      xir_put_fixed (b, m->deps[i].hash, 8);
    }
}

void
xir_encode_unit (xir_buf *b, const xir_meta *m, xir_func **fs, uint32_t n)
{
  size_t at;
  uint32_t i;
  xir_buf_put (b, XIR_UNIT_MAGIC, 4);
  xir_put_uleb (b, XIR_VERSION);
  at = b->len;
  xir_put_fixed (b, 0, 4);          /* payload length, patched below */
  xir_encode_meta (b, m);
  xir_put_uleb (b, n);
  for (i = 0; i < n; i++)
    xir_encode_func (b, fs[i]);
  {
    size_t plen = b->len - at - 4;
    unsigned k;
    for (k = 0; k < 4; k++)
      b->data[at + k] = (unsigned char) (plen >> (8 * k));
  }
}

